// The history of a saved design: its last revisions, kept beside its library record (revision-store.ts) so that
// Compare can put two of them side by side. The rules are pure functions here. A revision is what a save wrote;
// autosave saves a few hundred milliseconds after each burst of typing, so the saves of one stretch of editing
// (REVISION_WINDOW_MS from the revision's first save) make one revision, its design the last one saved; a save by
// hand (Ctrl+S) ends the revision, so the next change starts another. A save that changes nothing adds nothing.
// At most MAX_REVISIONS are kept per design, the oldest going first.
import { z } from '../model/schema/zod.ts';
import { deepEqual } from '../model/deep-equal.ts';
import type { Design } from '../model/types.ts';

export const MAX_REVISIONS = 20;
export const REVISION_WINDOW_MS = 10 * 60 * 1000;

export interface StoredRevision {
  /** The library record's id. */
  designId: string;
  /** When the revision began: with designId, its key. */
  startedAt: number;
  /** When it was last saved: the time Compare shows. */
  savedAt: number;
  /** Ended by a save by hand: the next change starts a new revision. */
  kept: boolean;
  design: Design;
}

/** What Compare lists: a revision without its design. */
export type RevisionEntry = Omit<StoredRevision, 'design'>;

/**
 * What IndexedDB hands back is untrusted (another version of the app, a damaged profile): a revision must have this
 * shape to be listed or read; its design then goes through the model's restore step when it is opened.
 */
const storedRevisionSchema = z.looseObject({
  designId: z.string(),
  startedAt: z.number(),
  savedAt: z.number(),
  kept: z.boolean(),
  design: z.record(z.string(), z.unknown()),
});

export function isStoredRevision(value: unknown): value is StoredRevision {
  return storedRevisionSchema.safeParse(value).success;
}

/** The readable revisions as Compare lists them, newest first. */
export function revisionEntries(values: readonly unknown[]): RevisionEntry[] {
  return values
    .filter(isStoredRevision)
    .map(({ designId, startedAt, savedAt, kept }) => ({ designId, startedAt, savedAt, kept }))
    .sort((a, b) => b.startedAt - a.startedAt);
}

/**
 * The revision a save of `design` writes, given the design's newest revision (undefined: none yet): null when the
 * design is the same as that revision's; the newest revision again, with this design, while its stretch of editing
 * lasts; else a new revision (its start after the newest's, so keys never collide).
 */
export function revisionOfSave(
  newest: StoredRevision | undefined,
  designId: string,
  design: Design,
  now: number,
): StoredRevision | null {
  if (newest && deepEqual(newest.design, design)) return null;
  if (newest && !newest.kept && now - newest.startedAt < REVISION_WINDOW_MS && now >= newest.startedAt)
    return { ...newest, savedAt: now, design };
  const startedAt = newest ? Math.max(now, newest.startedAt + 1) : now;
  return { designId, startedAt, savedAt: now, kept: false, design };
}

/** Of a design's revision starts (any order), those to delete so that at most `max` remain: the oldest. */
export function revisionsOverLimit(startedAts: readonly number[], max = MAX_REVISIONS): number[] {
  return [...startedAts].sort((a, b) => a - b).slice(0, Math.max(0, startedAts.length - max));
}

/**
 * A design saved before its history was kept (an older version of the app) has no revisions: its save's previous
 * state, as the record had it, becomes its first revision, so that the first change after the upgrade can be compared.
 */
export function revisionOfRecord(record: { id: string; updatedAt: number; design: Design }): StoredRevision {
  return {
    designId: record.id,
    startedAt: record.updatedAt,
    savedAt: record.updatedAt,
    kept: true,
    design: record.design,
  };
}
