// In-memory AWS state of a mock session. Reads see the session's writes first, then the current design's seed
// (backend.services.s3.objects, backend.services.dynamodb.tables), so editing the seed shows at once while objects
// and items put by earlier requests persist for the session. `null` marks a deletion of a seeded entry.

export interface StoredS3Object {
  body: Uint8Array;
  contentType: string;
  lastModified: Date;
}

export type DynamoItem = Record<string, unknown>;

/**
 * Everything the stores hold, as a structured clone can carry it (Maps, Uint8Array, Date): the engine worker hands it
 * to the page after each run that wrote, so that a worker replaced after a runaway template starts with it again.
 */
export interface MockStoresState {
  s3: Map<string, StoredS3Object | null>;
  dynamodb: Map<string, Map<string, DynamoItem | null>>;
  sqsMessages: MockStores['sqsMessages'];
  snsMessages: MockStores['snsMessages'];
  executions: MockStores['executions'];
  events: MockStores['events'];
}

export class MockStores {
  /** `bucket/key` -> object put in this session (null: deleted). */
  readonly s3 = new Map<string, StoredS3Object | null>();
  /** table -> item key (see dynamodb.ts itemKeyString) -> item written in this session (null: deleted). */
  readonly dynamodb = new Map<string, Map<string, DynamoItem | null>>();
  /** Messages, notifications, executions and events the backends received, newest last (for the UI and tests). */
  readonly sqsMessages: { queueUrl: string; messageId: string; body: string }[] = [];
  readonly snsMessages: { topicArn: string; messageId: string; message: string; subject?: string }[] = [];
  readonly executions: { executionArn: string; stateMachineArn: string; input: string }[] = [];
  readonly events: { eventId: string; entry: Record<string, unknown> }[] = [];
  /** Counts writes (and clears): a reader tells from it whether the stores changed since it last looked. */
  private changes = 0;

  get version(): number {
    return this.changes;
  }

  putS3(key: string, object: StoredS3Object | null): void {
    this.s3.set(key, object);
    this.changes++;
  }

  putDynamoItem(table: string, key: string, item: DynamoItem | null): void {
    this.dynamoTable(table).set(key, item);
    this.changes++;
  }

  /** Records a message, notification, execution or event a backend received. */
  record<K extends 'sqsMessages' | 'snsMessages' | 'executions' | 'events'>(
    list: K,
    entry: MockStores[K][number],
  ): void {
    (this[list] as MockStores[K][number][]).push(entry);
    this.changes++;
  }

  /** A copy of everything held (see MockStoresState). */
  state(): MockStoresState {
    return {
      s3: new Map(this.s3),
      dynamodb: new Map([...this.dynamodb].map(([table, items]) => [table, new Map(items)])),
      sqsMessages: [...this.sqsMessages],
      snsMessages: [...this.snsMessages],
      executions: [...this.executions],
      events: [...this.events],
    };
  }

  /** Replaces everything held with `state` (a new engine worker taking over from the one it replaces). */
  restore(state: MockStoresState): void {
    this.clear();
    for (const [key, object] of state.s3) this.s3.set(key, object);
    for (const [table, items] of state.dynamodb) this.dynamodb.set(table, new Map(items));
    this.sqsMessages.push(...state.sqsMessages);
    this.snsMessages.push(...state.snsMessages);
    this.executions.push(...state.executions);
    this.events.push(...state.events);
  }

  dynamoTable(table: string): Map<string, DynamoItem | null> {
    let t = this.dynamodb.get(table);
    if (!t) {
      t = new Map();
      this.dynamodb.set(table, t);
    }
    return t;
  }

  clear(): void {
    this.s3.clear();
    this.dynamodb.clear();
    this.sqsMessages.length = 0;
    this.snsMessages.length = 0;
    this.executions.length = 0;
    this.events.length = 0;
    this.changes++;
  }
}
