// The design document (`integration-designer/1`, docs/design-contracts.md#design-document) and the sample request
// (docs/design-contracts.md#sample-request). These shapes are public contracts: saved designs, share links, `--design`
// files and exports carry them. Extend, never break.

export const DESIGN_FORMAT = 'integration-designer/1';

export type IntegrationType = 'HTTP' | 'HTTP_PROXY' | 'AWS' | 'AWS_PROXY' | 'MOCK';
export const INTEGRATION_TYPES: readonly IntegrationType[] = ['HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY', 'MOCK'];

export type PassthroughBehavior = 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER';
export const PASSTHROUGH_BEHAVIORS: readonly PassthroughBehavior[] = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'];

export type ContentHandling = 'CONVERT_TO_BINARY' | 'CONVERT_TO_TEXT';
export const CONTENT_HANDLINGS: readonly ContentHandling[] = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'];

export type ConnectionType = 'INTERNET' | 'VPC_LINK';
export const CONNECTION_TYPES: readonly ConnectionType[] = ['INTERNET', 'VPC_LINK'];

/** Method verbs accepted by PutMethod ("Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY"). */
export const METHOD_VERBS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'ANY'] as const;

/** Exactly the shape of API Gateway's IntegrationResponse (GetIntegrationResponse). */
export interface IntegrationResponse {
  statusCode: string;
  selectionPattern?: string | null;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  contentHandling?: ContentHandling | null;
  [unknown: string]: unknown;
}

/** Exactly the shape API Gateway's GetIntegration returns. */
export interface Integration {
  type: IntegrationType;
  httpMethod?: string | null;
  uri?: string | null;
  connectionType?: ConnectionType | null;
  connectionId?: string | null;
  credentials?: string | null;
  requestParameters?: Record<string, string>;
  requestTemplates?: Record<string, string>;
  passthroughBehavior?: PassthroughBehavior | null;
  contentHandling?: ContentHandling | null;
  timeoutInMillis?: number | null;
  cacheNamespace?: string | null;
  cacheKeyParameters?: string[];
  integrationResponses?: Record<string, IntegrationResponse>;
  /** TLS settings for HTTP and HTTP_PROXY integrations (API_TlsConfig). */
  tlsConfig?: { insecureSkipVerification?: boolean | null; [unknown: string]: unknown } | null;
  [unknown: string]: unknown;
}

export interface MethodSettings {
  httpMethod: string;
  resourcePath: string;
  /** `method.request.{path|querystring|header|multivalueheader|multivaluequerystring}.NAME` -> required. */
  requestParameters?: Record<string, boolean>;
  /** Content type -> the name of the model (in `api.models`) of the method request's body (API_Method). */
  requestModels?: Record<string, string>;
  [unknown: string]: unknown;
}

export interface MethodResponse {
  statusCode: string;
  /** `method.response.header.NAME` -> required. */
  responseParameters?: Record<string, boolean>;
  responseModels?: Record<string, string>;
  [unknown: string]: unknown;
}

/**
 * A model of the REST API (API_Model, AWS::ApiGateway::Model): a JSON Schema (draft 4, as API Gateway reads models)
 * of a payload. Another model is referenced as `#/definitions/NAME`, `#/components/schemas/NAME` or API Gateway's
 * `https://apigateway.amazonaws.com/restapis/{restapi_id}/models/NAME`.
 */
export interface ApiModel {
  contentType?: string;
  schema?: Record<string, unknown> | boolean;
  description?: string;
  [unknown: string]: unknown;
}

export interface ApiSettings {
  binaryMediaTypes?: string[];
  /** The API's models by name (API Gateway keeps them on the REST API, next to binaryMediaTypes). */
  models?: Record<string, ApiModel>;
  stageName?: string;
  stageVariables?: Record<string, string>;
  [unknown: string]: unknown;
}

/** A header or query value: one string, or several (multi-value). */
export type MultiValue = string | string[];

export interface SampleExpect {
  /** Expected method response status code. */
  status?: number;
  /** Expected integration request body (exact text). */
  integrationRequestBody?: string;
  /** JSONPath (into the JSON integration request body) -> expected value. */
  integrationRequestJson?: Record<string, unknown>;
  /** Expected integration request URL (exact). */
  integrationRequestUrl?: string;
  /** Integration request header name (any case) -> expected value; null: the header must be absent. */
  integrationRequestHeaders?: Record<string, string | null>;
  /** Expected method response body (exact text; base64 when the response is binary). */
  methodResponseBody?: string;
  /** JSONPath (into the JSON method response body) -> expected value. */
  methodResponseJson?: Record<string, unknown>;
  /** Method response header name (any case) -> expected value; null: the header must be absent. */
  headers?: Record<string, string | null>;
  [unknown: string]: unknown;
}

/**
 * A sample method request (docs/design-contracts.md#sample-request). Missing fields take defaults, see
 * `normalizeSample`.
 */
export interface SampleRequest {
  name?: string;
  method?: string;
  path?: string;
  headers?: Record<string, MultiValue>;
  query?: Record<string, MultiValue>;
  body?: string | null;
  isBase64Encoded?: boolean;
  /** Overrides api.stageVariables. */
  stageVariables?: Record<string, string>;
  /** Overrides generated $context values (deep-merged). */
  context?: Record<string, unknown>;
  expect?: SampleExpect;
  /** A JSON Schema the (JSON) integration request must satisfy: the shape the backend expects. */
  schema?: Record<string, unknown>;
  /** The name of a model in `api.models` the (JSON) integration request must satisfy, instead of (or with) `schema`. */
  model?: string;
  [unknown: string]: unknown;
}

export interface HttpBackend {
  statusCode?: number;
  headers?: Record<string, MultiValue>;
  body?: string;
  isBase64Encoded?: boolean;
  delayMs?: number;
  /** Answer with what was received. */
  echo?: boolean;
  [unknown: string]: unknown;
}

export interface LambdaBackend {
  /** What the function returns (any JSON). */
  result?: unknown;
  error?: { errorMessage: string; errorType?: string; stackTrace?: string[]; [k: string]: unknown };
  delayMs?: number;
  /** Return the received event as the result. */
  echo?: boolean;
  /** X-Amz-Function-Error value for `error` (default Unhandled). */
  functionError?: string;
  /** Per-function answers by function name (e.g. `pets` or `pets:live`), overriding the top-level answer. */
  functions?: Record<string, Omit<LambdaBackend, 'functions'>>;
  [unknown: string]: unknown;
}

export interface Backend {
  http?: HttpBackend;
  lambda?: LambdaBackend;
  services?: Record<string, Record<string, unknown>>;
  /** Send requests to the real endpoint instead of the mocks (off by default). */
  live?: boolean;
  [unknown: string]: unknown;
}

export interface Design {
  format: typeof DESIGN_FORMAT;
  name: string;
  api: ApiSettings;
  method: MethodSettings;
  integration: Integration;
  methodResponses?: Record<string, MethodResponse>;
  samples: SampleRequest[];
  backend?: Backend;
  [unknown: string]: unknown;
}

/** One validation problem: `path: message`, e.g. `integration.timeoutInMillis: must be ...`. */
export interface Problem {
  path: string;
  message: string;
  /** Absent means 'error'. A warning is a design API Gateway accepts but that likely does not do what is meant. */
  severity?: ProblemSeverity;
}

export type ProblemSeverity = 'error' | 'warning';
