// DynamoDB (JSON 1.0 protocol, `X-Amz-Target: DynamoDB_20120810.<Operation>`, or API Gateway's `action/<Operation>`)
// on in-memory tables seeded from design.backend.services.dynamodb.tables. Response shapes as the API reference gives
// them: PutItem `{}`, GetItem `{"Item": {...}}` (or `{}` when absent), Query/Scan `{"Items": [...], "Count": n,
// "ScannedCount": n}`, DeleteItem `{}`; unknown table -> 400 ResourceNotFoundException.
// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html (and API_GetItem, API_PutItem)
import type { HttpHandler } from 'msw';
import type { AwsCall } from '../aws-call.ts';
import { awsJsonError, awsJsonResponse } from '../aws-responses.ts';
import { dynamoTablesOf, type DynamoTableSeed } from '../backend-config.ts';
import {
  ExpressionError,
  equalityPaths,
  evaluate,
  parseCondition,
  rangePaths,
  scalar,
  type Item,
} from './dynamodb-expressions.ts';
import { awsServiceHandler, type MockContext } from './mock-context.ts';

const VALIDATION = 'com.amazon.coral.validate#ValidationException';
const NOT_FOUND = 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException';

interface Table {
  name: string;
  seed: DynamoTableSeed;
  keySchema: string[];
}

function keyOf(item: Item, keySchema: string[]): string {
  return JSON.stringify(keySchema.map((k) => item[k] ?? null));
}

/** Every item of a table: the seed overlaid with this session's writes (null = deleted). */
function itemsOf(ctx: MockContext, table: Table): Item[] {
  const writes = ctx.session.stores.dynamoTable(table.name);
  const byKey = new Map<string, Item>();
  for (const item of table.seed.items as Item[]) byKey.set(keyOf(item, table.keySchema), item);
  for (const [key, item] of writes) {
    if (item === null) byKey.delete(key);
    else byKey.set(key, item as Item);
  }
  return [...byKey.values()];
}

export async function handleDynamoDb(call: AwsCall, ctx: MockContext): Promise<Response> {
  const requestId = ctx.session.newId();
  const input = (call.json ?? {}) as Record<string, unknown>;
  const tableName = typeof input.TableName === 'string' ? input.TableName : '';
  const seeds = dynamoTablesOf(ctx.design);
  const seed = seeds[tableName];
  if (!seed) return awsJsonError(400, NOT_FOUND, 'Requested resource not found', requestId);
  const firstItem = (seed.items[0] ?? input.Item ?? input.Key ?? {}) as Item;
  const table: Table = { name: tableName, seed, keySchema: seed.keySchema ?? Object.keys(firstItem).slice(0, 1) };
  const ok = (body: unknown) => awsJsonResponse(200, body, requestId);
  try {
    switch (call.operation) {
      case 'PutItem': {
        const item = input.Item as Item | undefined;
        if (!item || typeof item !== 'object')
          return awsJsonError(400, VALIDATION, 'One or more parameter values were invalid: Item is missing', requestId);
        const missing = table.keySchema.filter((k) => !(k in item));
        if (missing.length)
          return awsJsonError(
            400,
            VALIDATION,
            `One or more parameter values were invalid: Missing the key ${missing[0]} in the item`,
            requestId,
          );
        ctx.session.stores.putDynamoItem(tableName, keyOf(item, table.keySchema), item);
        return ok({});
      }
      case 'GetItem':
      case 'DeleteItem': {
        const key = input.Key as Item | undefined;
        if (!key || typeof key !== 'object')
          return awsJsonError(400, VALIDATION, 'The provided key element does not match the schema', requestId);
        const found = itemsOf(ctx, table).find((item) =>
          Object.entries(key).every(([k, v]) => JSON.stringify(item[k]) === JSON.stringify(v)),
        );
        if (call.operation === 'DeleteItem') {
          if (found) ctx.session.stores.putDynamoItem(tableName, keyOf(found, table.keySchema), null);
          return ok({});
        }
        return ok(found ? { Item: found } : {});
      }
      case 'Query':
      case 'Scan':
        return ok(queryOrScan(ctx, table, input, call.operation));
      default:
        return awsJsonError(
          400,
          'com.amazon.coral.service#UnknownOperationException',
          `Integration Designer mocks PutItem, GetItem, DeleteItem, Query and Scan, not ${call.operation ?? '(none)'}`,
          requestId,
        );
    }
  } catch (e) {
    if (e instanceof ExpressionError) return awsJsonError(400, VALIDATION, e.message, requestId);
    throw e;
  }
}

function queryOrScan(ctx: MockContext, table: Table, input: Record<string, unknown>, operation: 'Query' | 'Scan') {
  const placeholders = {
    names: (input.ExpressionAttributeNames ?? {}) as Record<string, string>,
    values: (input.ExpressionAttributeValues ?? {}) as Record<string, Record<string, unknown>>,
  };
  let items = itemsOf(ctx, table);
  let sortKey: string | undefined = table.keySchema[1];
  if (operation === 'Query') {
    if (typeof input.KeyConditionExpression !== 'string')
      throw new ExpressionError(
        'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.',
      );
    const condition = parseCondition(input.KeyConditionExpression, placeholders);
    if (equalityPaths(condition).length === 0) throw new ExpressionError('Query condition missed key schema element');
    sortKey = rangePaths(condition)[0] ?? sortKey;
    items = items.filter((item) => evaluate(condition, item));
    if (sortKey) {
      const s = sortKey;
      items.sort((a, b) => {
        const [x, y] = [scalar(a[s]), scalar(b[s])];
        return x === y ? 0 : x === undefined ? 1 : y === undefined ? -1 : x < y ? -1 : 1;
      });
      if (input.ScanIndexForward === false) items.reverse();
    }
  }
  if (typeof input.Limit === 'number' && input.Limit > 0) items = items.slice(0, input.Limit);
  const scannedCount = items.length;
  if (typeof input.FilterExpression === 'string') {
    const filter = parseCondition(input.FilterExpression, placeholders);
    items = items.filter((item) => evaluate(filter, item));
  }
  if (input.Select === 'COUNT') return { Count: items.length, ScannedCount: scannedCount };
  return { Items: items, Count: items.length, ScannedCount: scannedCount };
}

export function dynamoDbHandler(ctx: MockContext): HttpHandler {
  return awsServiceHandler('dynamodb', ctx, handleDynamoDb);
}
