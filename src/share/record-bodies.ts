// Large sample bodies inside library records are stored as Blobs: IndexedDB keeps a Blob's bytes apart and the
// structured clone of the record then holds only a reference, so an autosave of a design with a 5 MB sample body no
// longer serialises (and its read-before-write deserialises) 5 MB on the page's main thread. Records are written with
// Blob bodies and turned back into text when one is read for use (get, or the stored copy of a conflict).
import type { LibraryRecord } from './library-records.ts';

/** A sample body longer than this (characters) is kept as a Blob. */
export const BLOB_BODY_CHARS = 32 * 1024;

/** The Blobs of the last bodies written: an unchanged body is not encoded again at the next autosave. */
const recent = new Map<string, Blob>();
const RECENT = 4;

function blobOf(body: string): Blob {
  let blob = recent.get(body);
  if (!blob) {
    blob = new Blob([body], { type: 'text/plain;charset=utf-8' });
    recent.set(body, blob);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  }
  return blob;
}

type StoredSample = { body?: unknown };

/** A library record, or a revision of one (revision-store.ts): what has a stored design. */
type Stored = Pick<LibraryRecord, 'design'>;

function samplesOf(record: Stored): StoredSample[] | null {
  const samples = (record.design as { samples?: unknown } | null | undefined)?.samples;
  return Array.isArray(samples) ? (samples as StoredSample[]) : null;
}

/** The record as written: large sample bodies as Blobs (a new record; the given one is not changed). */
export function withBlobBodies<R extends Stored>(record: R): R {
  const samples = samplesOf(record);
  if (!samples?.some((s) => typeof s?.body === 'string' && s.body.length > BLOB_BODY_CHARS)) return record;
  const stored = samples.map((s) =>
    typeof s?.body === 'string' && s.body.length > BLOB_BODY_CHARS ? { ...s, body: blobOf(s.body) } : s,
  );
  return { ...record, design: { ...record.design, samples: stored } };
}

/** The record as read for use: Blob sample bodies back to text (a stored value is untrusted: anything else is kept). */
export async function withTextBodies<R extends Stored>(record: R): Promise<R> {
  const samples = samplesOf(record);
  if (!samples?.some((s) => s?.body instanceof Blob)) return record;
  const texts = await Promise.all(samples.map((s) => (s?.body instanceof Blob ? s.body.text() : null)));
  const restored = samples.map((s, i) => (texts[i] === null ? s : { ...s, body: texts[i] }));
  return { ...record, design: { ...record.design, samples: restored } };
}
