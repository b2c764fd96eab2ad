// The "original" of the open design: the design as it was when it was imported or opened, which Compare measures the
// changes against (and which the patch script turns into the live method's new state). It is kept with the design's
// library record, so a reload or another visit finds it; a stored original is untrusted like every stored design and
// goes through the model's restore step.
import { restoreDesign } from '../model/index.ts';
import type { Design } from '../model/types.ts';
import type { LibraryRecord, OriginalDesign, OriginalSource } from '../share/index.ts';

const SOURCES: readonly OriginalSource[] = ['imported', 'opened', 'shared', 'created', 'marked'];

/** What the library state keeps about the open design's original. */
export interface OriginalState {
  original: OriginalDesign | null;
  /** The library record already has this original (else the next save writes it). */
  originalStored: boolean;
}

export function originalAs(design: Design, source: OriginalSource, at = Date.now()): OriginalState {
  return { original: { design, source, at }, originalStored: false };
}

/** A record's original, checked; null when it has none or it cannot be read (the record itself is never changed). */
export function storedOriginal(record: LibraryRecord): OriginalDesign | null {
  const value = record.original as Partial<OriginalDesign> | undefined;
  if (!value || typeof value !== 'object') return null;
  try {
    const design = restoreDesign(value.design).design;
    const source = SOURCES.includes(value.source as OriginalSource) ? (value.source as OriginalSource) : 'opened';
    const at = typeof value.at === 'number' && Number.isFinite(value.at) ? value.at : record.createdAt;
    return { design, source, at };
  } catch {
    return null;
  }
}

/** The original of a design opened from its record: the record's own, else the design as opened now. */
export function originalOfRecord(record: LibraryRecord, opened: Design): OriginalState {
  const stored = storedOriginal(record);
  return stored ? { original: stored, originalStored: true } : originalAs(opened, 'opened');
}
