// The calls that turn one deployed method into another, in the shape of API Gateway's REST API requests
// (https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateIntegration.html and its siblings).
import type { PlainObject } from '../shared/values.ts';

/** One JSON Patch-like operation as API Gateway takes it: every value is a string. */
export interface PatchOperation {
  op: 'add' | 'remove' | 'replace';
  path: string;
  value?: string;
}

export type PatchOperationName =
  | 'UpdateMethod'
  | 'PutMethodResponse'
  | 'UpdateMethodResponse'
  | 'DeleteMethodResponse'
  | 'PutIntegration'
  | 'UpdateIntegration'
  | 'PutIntegrationResponse'
  | 'UpdateIntegrationResponse'
  | 'DeleteIntegrationResponse';

export interface PatchCall {
  operation: PatchOperationName;
  statusCode?: string;
  patchOperations?: PatchOperation[];
  /** The request body of a Put* call (the --cli-input-json keys, without the ids). */
  input?: PlainObject;
}

/** One changed field, for the human summary: `integration.requestTemplates["application/json"]` and both values. */
export interface FieldChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}
