// How Compare names the versions it can compare: the open design's original (how and when it was recorded), the
// open design now, and each saved design of the library.
import type { LibraryEntry, OriginalDesign, OriginalSource } from '../../share/index.ts';
import type { VersionKey } from '../../store/compare-slice.ts';
import { formatTime } from '../shared/format-time.ts';

const HOW: Record<OriginalSource, string> = {
  imported: 'imported',
  opened: 'opened',
  shared: 'opened from a link',
  created: 'created',
  marked: 'marked as deployed',
};

export interface VersionOption {
  key: VersionKey;
  label: string;
}

/** The versions to choose from, in the order the pickers list them. */
export function versionOptions(original: OriginalDesign | null, entries: readonly LibraryEntry[]): VersionOption[] {
  return [
    {
      key: 'original',
      label: original
        ? `Original: ${HOW[original.source]} ${formatTime(original.at)}`
        : 'Original (still being read from the library)',
    },
    { key: 'now', label: 'Now: the open design' },
    ...entries.map((e) => ({
      key: `saved:${e.id}` as const,
      label: `Saved: ${e.name} (${formatTime(e.updatedAt)})`,
    })),
  ];
}
