// What the stores view shows: a plain-data copy of a session's writes (posted from the worker, kept in the store).
import { describe, expect, it } from 'vitest';
import { MockStores } from '../../src/mocks/mock-stores.ts';
import { EMPTY_STORES, isEmptySnapshot, snapshotStores } from '../../src/mocks/mock-stores-snapshot.ts';

describe('snapshotStores', () => {
  it('is empty for a fresh session', () => {
    expect(snapshotStores(new MockStores())).toEqual(EMPTY_STORES);
    expect(isEmptySnapshot(EMPTY_STORES)).toBe(true);
  });

  it('lists S3 objects (text previewed, binary sized, deletions marked), DynamoDB writes and messages', () => {
    const stores = new MockStores();
    stores.s3.set('photos/a.txt', {
      body: new TextEncoder().encode('hello'),
      contentType: 'text/plain',
      lastModified: new Date(0),
    });
    stores.s3.set('photos/b.png', {
      body: new Uint8Array([1, 2, 3]),
      contentType: 'image/png',
      lastModified: new Date(0),
    });
    stores.s3.set('photos/c', null);
    stores.dynamoTable('Pets').set('["1"]', { id: { S: '1' } });
    stores.dynamoTable('Empty');
    stores.sqsMessages.push({ queueUrl: 'q', messageId: 'm1', body: 'hi' });
    const snapshot = snapshotStores(stores);
    expect(snapshot.s3).toEqual([
      { key: 'photos/a.txt', deleted: false, contentType: 'text/plain', size: 5, preview: 'hello' },
      { key: 'photos/b.png', deleted: false, contentType: 'image/png', size: 3 },
      { key: 'photos/c', deleted: true },
    ]);
    expect(snapshot.dynamodb).toEqual([{ table: 'Pets', items: [{ key: '["1"]', item: { id: { S: '1' } } }] }]);
    expect(snapshot.sqs).toEqual([{ queueUrl: 'q', messageId: 'm1', body: 'hi' }]);
    expect(isEmptySnapshot(snapshot)).toBe(false);
    stores.sqsMessages[0]!.body = 'changed later';
    expect(snapshot.sqs[0]!.body).toBe('hi'); // a copy, safe to keep in the store
  });
});
