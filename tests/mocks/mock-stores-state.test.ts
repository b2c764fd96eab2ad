// The stores' full state crosses to the page (a structured clone) after a run that wrote, and a replacement engine
// worker starts from it: everything held comes back, and the version tells a reader whether anything changed.
import { describe, expect, it } from 'vitest';
import { MockStores } from '../../src/mocks/mock-stores.ts';
import { snapshotStores } from '../../src/mocks/mock-stores-snapshot.ts';

function filled(): MockStores {
  const stores = new MockStores();
  stores.putS3('photos/a.png', {
    body: new Uint8Array([137, 80]),
    contentType: 'image/png',
    lastModified: new Date(5),
  });
  stores.putS3('photos/gone', null);
  stores.putDynamoItem('Pets', '["1"]', { id: { S: '1' } });
  stores.putDynamoItem('Pets', '["2"]', null);
  stores.record('sqsMessages', { queueUrl: 'q', messageId: 'm1', body: 'hi' });
  stores.record('snsMessages', { topicArn: 't', messageId: 'm2', message: 'x', subject: 's' });
  stores.record('executions', { executionArn: 'e', stateMachineArn: 'sm', input: '{}' });
  stores.record('events', { eventId: 'ev', entry: { Source: 'app' } });
  return stores;
}

describe('MockStores state', () => {
  it('restores everything held, through a structured clone (as between workers)', () => {
    const source = filled();
    const target = new MockStores();
    target.record('sqsMessages', { queueUrl: 'old', messageId: 'old', body: 'replaced' });
    target.restore(structuredClone(source.state()));
    expect(snapshotStores(target)).toEqual(snapshotStores(source));
    expect(target.s3.get('photos/a.png')?.body).toEqual(new Uint8Array([137, 80]));
    expect(target.s3.get('photos/gone')).toBeNull();
    expect(target.dynamoTable('Pets').get('["2"]')).toBeNull();
  });

  it('a state is a copy: later writes do not change it', () => {
    const stores = filled();
    const state = stores.state();
    stores.putDynamoItem('Pets', '["3"]', { id: { S: '3' } });
    stores.record('events', { eventId: 'later', entry: {} });
    expect(state.dynamodb.get('Pets')?.size).toBe(2);
    expect(state.events).toHaveLength(1);
  });

  it.each([
    ['putS3', (s: MockStores) => s.putS3('b/k', null)],
    ['putDynamoItem', (s: MockStores) => s.putDynamoItem('T', 'k', {})],
    ['record', (s: MockStores) => s.record('events', { eventId: 'e', entry: {} })],
    ['clear', (s: MockStores) => s.clear()],
  ])('%s changes the version', (_, write) => {
    const stores = new MockStores();
    const before = stores.version;
    write(stores);
    expect(stores.version).not.toBe(before);
  });

  it('reading does not change the version', () => {
    const stores = filled();
    const before = stores.version;
    stores.state();
    snapshotStores(stores);
    expect(stores.version).toBe(before);
  });
});
