// In-memory AWS state of a mock session. Reads see the session's writes first, then the current design's seed
// (backend.services.s3.objects, backend.services.dynamodb.tables), so editing the seed shows at once while objects
// and items put by earlier requests persist for the session. `null` marks a deletion of a seeded entry.

export interface StoredS3Object {
  body: Uint8Array;
  contentType: string;
  lastModified: Date;
}

export type DynamoItem = Record<string, unknown>;

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
  }
}
