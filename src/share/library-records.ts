// The design library's rules as pure functions over records, so that they are tested without a browser:
// revisions (two tabs never silently overwrite each other), soft delete with undo, search and order.
import { z } from '../model/schema/zod.ts';
import type { Design } from '../model/types.ts';
import { ConflictError } from './library-errors.ts';

/**
 * What IndexedDB hands back is untrusted (another version of the app, a browser extension, a damaged profile): a
 * record must have this shape to be listed. Its design is checked when it is opened (the model's restore step), so a
 * damaged design shows a message instead of breaking the list. Records that fail are skipped, never deleted.
 */
const storedRecordSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  design: z.unknown(),
  createdAt: z.number(),
  updatedAt: z.number(),
  revision: z.number(),
  deletedAt: z.number().nullable(),
});

/** The records that have a library record's shape (see storedRecordSchema). */
export function readableRecords(records: readonly unknown[]): LibraryRecord[] {
  return records.filter((r): r is LibraryRecord => storedRecordSchema.safeParse(r).success);
}

export interface LibraryRecord {
  id: string;
  name: string;
  design: Design;
  createdAt: number;
  updatedAt: number;
  /** 1 on creation, +1 on every change (save, rename, remove, restore). */
  revision: number;
  /** Set when removed (a tombstone, so that remove can be undone); null otherwise. */
  deletedAt: number | null;
  /** The design as it was when it was imported or opened: what Compare shows the changes against. */
  original?: OriginalDesign;
}

/** How the original came to be: imported from a file, opened from the library or a link, created, or set by the user. */
export type OriginalSource = 'imported' | 'opened' | 'shared' | 'created' | 'marked';

export interface OriginalDesign {
  design: Design;
  source: OriginalSource;
  /** When (ms since the epoch). */
  at: number;
}

/** What the library list shows (and what its search matches: name, method, resource path, integration type). */
export interface LibraryEntry {
  id: string;
  name: string;
  updatedAt: number;
  revision: number;
  /** The method's HTTP verb, e.g. `POST`. */
  httpMethod: string;
  resourcePath: string;
  /** The integration type, e.g. `AWS_PROXY`. */
  integrationType: string;
}

export interface SaveOptions {
  id?: string;
  /** The revision this tab loaded; a different stored revision rejects the save with ConflictError. */
  expectedRevision?: number;
  /** Stored as the record's original; without it, the stored record's original is kept. */
  original?: OriginalDesign;
}

/**
 * The record a save writes. Without `id`: a new design. With `id` and `expectedRevision`: refused when the stored
 * copy moved on (or was deleted). With `id` and no `expectedRevision`: an explicit overwrite.
 */
export function savedRecord(
  stored: LibraryRecord | undefined,
  design: Design,
  options: SaveOptions & { id: string },
  now: number,
): LibraryRecord {
  checkRevision(stored, options.expectedRevision);
  const original = options.original ?? stored?.original;
  return {
    id: options.id,
    name: design.name,
    design,
    createdAt: stored?.createdAt ?? now,
    updatedAt: now,
    revision: (stored?.revision ?? 0) + 1,
    deletedAt: null,
    ...(original ? { original } : {}),
  };
}

export function checkRevision(stored: LibraryRecord | undefined, expectedRevision: number | undefined): void {
  if (expectedRevision === undefined) return;
  if (!stored || stored.deletedAt !== null) {
    if (expectedRevision !== 0 || stored) throw new ConflictError(stored ?? null, expectedRevision);
    return;
  }
  if (stored.revision !== expectedRevision) throw new ConflictError(stored, expectedRevision);
}

export function renamedRecord(
  stored: LibraryRecord,
  name: string,
  now: number,
  expectedRevision?: number,
): LibraryRecord {
  checkRevision(stored, expectedRevision);
  return { ...stored, name, design: { ...stored.design, name }, updatedAt: now, revision: stored.revision + 1 };
}

export function copyName(name: string, existing: readonly string[]): string {
  const stem = name.replace(/ \(copy(?: \d+)?\)$/, '');
  const taken = new Set(existing);
  let candidate = `${stem} (copy)`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${stem} (copy ${n})`;
  return candidate;
}

export function duplicatedRecord(source: LibraryRecord, id: string, name: string, now: number): LibraryRecord {
  return {
    id,
    name,
    design: { ...structuredClone(source.design), name },
    createdAt: now,
    updatedAt: now,
    revision: 1,
    deletedAt: null,
  };
}

export function removedRecord(stored: LibraryRecord, now: number, expectedRevision?: number): LibraryRecord {
  checkRevision(stored, expectedRevision);
  return { ...stored, deletedAt: now, revision: stored.revision + 1 };
}

export function restoredRecord(stored: LibraryRecord, now: number): LibraryRecord {
  return { ...stored, deletedAt: null, updatedAt: now, revision: stored.revision + 1 };
}

/** Lower case, accents removed: "Café" is found by "cafe". */
function folded(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A record as the list shows it; a stored design of an older shape may lack method or integration. */
function entryOf({ id, name, updatedAt, revision, design }: LibraryRecord): LibraryEntry {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    id,
    name,
    updatedAt,
    revision,
    httpMethod: text(design?.method?.httpMethod),
    resourcePath: text(design?.method?.resourcePath),
    integrationType: text(design?.integration?.type),
  };
}

/**
 * Live designs where every word of the search is in the name, the HTTP method, the resource path or the integration
 * type (so "post /pets aws_proxy" finds them), newest first (ties: by name, then id).
 */
export function listEntries(records: readonly LibraryRecord[], search = ''): LibraryEntry[] {
  const words = folded(search).split(/\s+/).filter(Boolean);
  return readableRecords(records)
    .filter((r) => r.deletedAt === null)
    .map(entryOf)
    .filter((e) => {
      const haystack = folded([e.name, e.httpMethod, e.resourcePath, e.integrationType].join('\n'));
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** Tombstones older than the undo window can go for good. */
export function expiredTombstones(records: readonly LibraryRecord[], now: number, keepMs: number): string[] {
  return readableRecords(records)
    .filter((r) => r.deletedAt !== null && now - r.deletedAt > keepMs)
    .map((r) => r.id);
}
