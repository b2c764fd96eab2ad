// The "original" of the open design: the design as it was when it was imported or opened, which Compare measures the
// changes against (and which the patch script turns into the live method's new state). It is kept with the design's
// library record (or, for a method of a workspace, with the stored workspace), so a reload or another visit finds it;
// a stored original is untrusted like every stored design: its fields are checked with the model's schema and its
// design goes through the model's restore step.
import { DesignFormatError, restoreDesign } from '../model/index.ts';
import type { Design } from '../model/types.ts';
import { checkStoredOriginal, ORIGINAL_SOURCES } from '../model/schema/index.ts';
import type { LibraryRecord, OriginalDesign, OriginalSource } from '../share/index.ts';

/** What the library state keeps about the open design's original. */
export interface OriginalState {
  original: OriginalDesign | null;
  /** The library record already has this original (else the next save writes it). */
  originalStored: boolean;
}

export function originalAs(design: Design, source: OriginalSource, at = Date.now()): OriginalState {
  return { original: { design, source, at }, originalStored: false };
}

/**
 * A stored original, checked: its fields with the model's schema, its design through the model's restore step.
 * Throws DesignFormatError saying what and where (paths prefixed with `root`) when it cannot be used.
 */
export function readOriginal(value: unknown, root = ''): OriginalDesign {
  const checked = checkStoredOriginal(value, root);
  if (checked.errors.length > 0) throw DesignFormatError.of(checked.errors);
  const { design, source, at } = value as OriginalDesign;
  try {
    return { design: restoreDesign(design).design, source, at };
  } catch (e) {
    if (!(e instanceof DesignFormatError)) throw e;
    const where = root ? `${root}.design` : 'design';
    throw new DesignFormatError(`${where}${e.path ? `.${e.path}` : ''}`, e.reason);
  }
}

/** A record's original, checked; null when it has none or it cannot be read (the record itself is never changed). */
export function storedOriginal(record: LibraryRecord): OriginalDesign | null {
  const value = record.original as Partial<OriginalDesign> | undefined;
  if (!value || typeof value !== 'object') return null;
  // Records written before `source` and `at` were checked: an unknown source reads as opened, no time as the record's.
  const known = ORIGINAL_SOURCES.includes(value.source as OriginalSource);
  const at = typeof value.at === 'number' && Number.isFinite(value.at) ? value.at : record.createdAt;
  try {
    return readOriginal({ ...value, source: known ? value.source : 'opened', at });
  } catch {
    return null;
  }
}

/** The original of a design opened from its record: the record's own, else the design as opened now. */
export function originalOfRecord(record: LibraryRecord, opened: Design): OriginalState {
  const stored = storedOriginal(record);
  return stored ? { original: stored, originalStored: true } : originalAs(opened, 'opened');
}
