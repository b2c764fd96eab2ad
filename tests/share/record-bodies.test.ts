// Library records keep large sample bodies as Blobs in IndexedDB (src/share/record-bodies.ts): written as Blobs, read
// back as the same text, small bodies and anything of another shape left as they are.
import { describe, expect, it } from 'vitest';
import type { LibraryRecord } from '../../src/share/library-records.ts';
import { BLOB_BODY_CHARS, withBlobBodies, withTextBodies } from '../../src/share/record-bodies.ts';

const record = (bodies: unknown[]): LibraryRecord =>
  ({
    id: 'a',
    name: 'n',
    design: { name: 'n', samples: bodies.map((body, i) => ({ name: `s${i}`, body })) },
    createdAt: 1,
    updatedAt: 1,
    revision: 1,
    deletedAt: null,
  }) as unknown as LibraryRecord;

const bodiesOf = (r: LibraryRecord) => (r.design.samples as Array<{ body: unknown }>).map((s) => s.body);

describe('library records: large sample bodies as Blobs', () => {
  const large = `{"items": [${'1,'.repeat(BLOB_BODY_CHARS)}1], "name": "Zoë €"}`;

  it('a body over the threshold is written as a Blob and read back as the same text; small ones stay text', async () => {
    const written = withBlobBodies(record(['{"a": 1}', large, null]));
    const [small, blob, none] = bodiesOf(written);
    expect(small).toBe('{"a": 1}');
    expect(blob).toBeInstanceOf(Blob);
    expect(none).toBeNull();
    expect(bodiesOf(await withTextBodies(written))).toEqual(['{"a": 1}', large, null]);
  });

  it('an unchanged body reuses its Blob at the next save (no new encoding), and the given record is not changed', () => {
    const original = record([large]);
    const first = bodiesOf(withBlobBodies(original))[0];
    const second = bodiesOf(withBlobBodies(record([`${large}`])))[0];
    expect(second).toBe(first);
    expect(bodiesOf(original)[0]).toBe(large);
  });

  it('a record without large bodies, or of another shape (stored values are untrusted), is passed through', async () => {
    const plain = record(['x']);
    expect(withBlobBodies(plain)).toBe(plain);
    for (const design of [null, {}, { samples: 'no' }, { samples: [null, 7, { body: 3 }] }]) {
      const odd = { ...plain, design } as unknown as LibraryRecord;
      expect(withBlobBodies(odd)).toBe(odd);
      expect(await withTextBodies(odd)).toBe(odd);
    }
  });
});
