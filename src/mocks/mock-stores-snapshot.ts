// What a mock session's in-memory stores hold, as plain data the UI can show (and a Web Worker can post): objects
// put and deleted in S3, items written and deleted in DynamoDB, messages, notifications, executions and events.
// Only the session's own writes: the seeds are in the design itself.
import type { MockStores } from './mock-stores.ts';
import { isTextContentType } from './text-content-types.ts';

const PREVIEW_CHARS = 200;

export interface MockStoresSnapshot {
  s3: { key: string; deleted: boolean; contentType?: string; size?: number; preview?: string }[];
  dynamodb: { table: string; items: { key: string; item: Record<string, unknown> | null }[] }[];
  sqs: { queueUrl: string; messageId: string; body: string }[];
  sns: { topicArn: string; messageId: string; message: string; subject?: string }[];
  executions: { executionArn: string; stateMachineArn: string; input: string }[];
  events: { eventId: string; entry: Record<string, unknown> }[];
}

export const EMPTY_STORES: MockStoresSnapshot = { s3: [], dynamodb: [], sqs: [], sns: [], executions: [], events: [] };

export function snapshotStores(stores: MockStores): MockStoresSnapshot {
  return {
    s3: [...stores.s3].map(([key, object]) => {
      if (!object) return { key, deleted: true };
      const text = isTextContentType(object.contentType);
      const preview = text
        ? new TextDecoder().decode(object.body.slice(0, PREVIEW_CHARS * 4)).slice(0, PREVIEW_CHARS)
        : undefined;
      return {
        key,
        deleted: false,
        contentType: object.contentType,
        size: object.body.length,
        ...(preview !== undefined ? { preview } : {}),
      };
    }),
    dynamodb: [...stores.dynamodb]
      .filter(([, items]) => items.size > 0)
      .map(([table, items]) => ({ table, items: [...items].map(([key, item]) => ({ key, item })) })),
    sqs: stores.sqsMessages.map((m) => ({ ...m })),
    sns: stores.snsMessages.map((m) => ({ ...m })),
    executions: stores.executions.map((e) => ({ ...e })),
    events: stores.events.map((e) => ({ ...e })),
  };
}

export function isEmptySnapshot(snapshot: MockStoresSnapshot): boolean {
  return Object.values(snapshot).every((list) => list.length === 0);
}
