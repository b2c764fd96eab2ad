// How Compare names the versions it can compare: the open design's original (how and when it was recorded), the
// open design now, its saved revisions (when each was saved), and each saved design of the library.
import type { LibraryEntry, OriginalDesign, OriginalSource, RevisionEntry } from '../../share/index.ts';
import type { VersionKey } from '../../store/compare-slice.ts';
import { formatTime, formatTimeToSecond } from '../shared/format-time.ts';

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

export interface VersionGroup {
  /** The group's name in the picker (an optgroup), or null for the versions of the open design itself. */
  label: string | null;
  options: VersionOption[];
}

/** The versions to choose from, in groups, in the order the pickers list them. */
export function versionGroups(
  original: OriginalDesign | null,
  revisions: readonly RevisionEntry[],
  entries: readonly LibraryEntry[],
): VersionGroup[] {
  const groups: VersionGroup[] = [
    {
      label: null,
      options: [
        {
          key: 'original',
          label: original
            ? `Original: ${HOW[original.source]} ${formatTime(original.at)}`
            : 'Original (still being read from the library)',
        },
        { key: 'now', label: 'Now: the open design' },
      ],
    },
  ];
  if (revisions.length > 0)
    groups.push({
      label: 'Revisions of this design (Ctrl+S keeps one)',
      // Newest first, numbered from the oldest: "Revision 3 of 3" is the latest save.
      options: revisions.map((r, i) => ({
        key: `revision:${r.startedAt}` as const,
        label: `Revision ${revisions.length - i} of ${revisions.length}: ${formatTimeToSecond(r.savedAt)}`,
      })),
    });
  if (entries.length > 0)
    groups.push({
      label: 'Saved designs',
      options: entries.map((e) => ({
        key: `saved:${e.id}` as const,
        label: `Saved: ${e.name} (${formatTime(e.updatedAt)})`,
      })),
    });
  return groups;
}
