// The Trace: what `simulate` returns and what the browser preview shows (docs/design-contracts.md#trace).
// A public contract (users' CI and other tools read it): extend, never break.
import type { ContentHandling, PassthroughBehavior } from '../model/types.ts';

export interface TraceMethodRequest {
  method: string;
  path: string;
  resourcePath: string;
  pathParameters: Record<string, string>;
  /** Single-value view: the last value of each header, client casing kept. */
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  /** Single-value view: the last value of each query string parameter. */
  query: Record<string, string>;
  multiValueQuery: Record<string, string[]>;
  body: string;
  isBase64Encoded: boolean;
}

export type TemplateOutcome = 'TEMPLATE' | 'PASSTHROUGH' | 'REJECTED';

export interface TraceTemplateSelection {
  /** The content type used for the match (MIME type only, parameters dropped). */
  contentType: string;
  /** The requestTemplates key that matched, or null. */
  matchedKey: string | null;
  passthroughBehavior: PassthroughBehavior;
  outcome: TemplateOutcome;
  /** A sentence saying which branch was taken and why. */
  reason: string;
}

export type Conversion = 'NONE' | 'TO_BINARY' | 'TO_TEXT';

export interface TraceContentHandling {
  setting: ContentHandling | null;
  conversion: Conversion;
  /** Why this conversion (or none) applied, in words. */
  reason?: string;
}

export interface TraceHttpMessage {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Multi-value headers where a header has several values. */
  multiValueHeaders?: Record<string, string[]>;
  body: string;
  isBase64Encoded: boolean;
  /** For AWS integrations: the IAM role (or caller identity) that signs the request. */
  signedBy?: string | null;
}

export interface TraceResponse {
  statusCode: number;
  headers: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body: string;
  isBase64Encoded: boolean;
}

export interface TraceError {
  stage: 'method' | 'parameters' | 'template' | 'content' | 'integration' | 'backend' | 'response' | 'configuration';
  message: string;
  line?: number;
  column?: number;
  /** For stage 'template': whether the request template or the selected integration response's template failed. */
  template?: 'request' | 'response';
}

/** Why the response half did what it did (non-proxy types; proxies pass the response through). */
export interface TraceResponseDetails {
  /** The response template the Accept header selected (matchedKey null: passthrough). */
  templateSelection?: { accept: string; matchedKey: string | null; reason: string };
  /** IntegrationResponse.contentHandling and the conversion applied to the integration response payload. */
  contentHandling?: TraceContentHandling;
  /** Each responseParameters target with its resolved value (null: the source had none, no header sent). */
  responseParameters?: Record<string, string | string[] | null>;
  /** What the user should know: an ignored override, several matching selection patterns, a bad mapping. */
  notes: string[];
  /** What the selection patterns were matched against (absent for MOCK when no backend answered). */
  selectionSubject?: TraceSelectionSubject;
  /** Selection patterns that are not valid Java regular expressions: API Gateway never selects their response. */
  invalidSelectionPatterns?: TraceInvalidPattern[];
}

/** The backend status code (HTTP, AWS, MOCK) or a Lambda custom integration's errorMessage ('' on success). */
export type TraceSelectionSubject =
  | { kind: 'status'; statusCode: string }
  | { kind: 'lambda'; functionError: boolean; errorMessage: string | null; errorType: string | null };

export interface TraceInvalidPattern {
  /** The integration response's status code. */
  statusCode: string;
  selectionPattern: string;
  message: string;
}

/** How the call to the backend went (absent when none was made: MOCK, or a run stopped before it). */
export interface TraceBackendCall {
  outcome: 'answered' | 'timeout' | 'unreachable';
  /** The integration latency the execution log prints ("Integration latency: N ms"); 0 in deterministic runs. */
  latencyMs: number;
  /** The Lambda function error the answer carries (X-Amz-Function-Error), or null. */
  functionError: { errorMessage: string | null; errorType: string | null } | null;
  /** Why nothing came back (timeout, unreachable). */
  message?: string;
}

/** A header API Gateway handled by one of its own rules rather than as the design says. */
export interface TraceHeaderRule {
  /** The header as the client, the mapping or the backend named it. */
  header: string;
  rule:
    | 'dropped-from-method-request'
    | 'added-by-gateway'
    | 'hop-by-hop-not-delivered'
    | 'remapped'
    | 'dropped-from-method-response';
  /** The name the client receives instead (rule 'remapped'). */
  to?: string;
}

/**
 * A body that is not what its content type promises (JSON that does not parse, ill-formed XML, a form body with
 * unencoded characters), or a JSON integration request that breaks the sample's `schema`. `template` says which
 * template wrote it and, when known, the line and column there that wrote the offending part.
 */
export interface TraceOutputProblem {
  stage: 'integrationRequest' | 'methodResponse';
  kind: 'json' | 'xml' | 'form' | 'schema';
  contentType: string;
  message: string;
  /** Where in the body the problem is (absent for schema violations). */
  outputOffset?: number;
  outputLine?: number;
  outputColumn?: number;
  template?: { location: string; line?: number; column?: number };
}

export interface Trace {
  methodRequest: TraceMethodRequest | null;
  requestParameters: Record<string, string | string[] | null>;
  templateSelection: TraceTemplateSelection | null;
  contentHandling: TraceContentHandling | null;
  integrationRequest: TraceHttpMessage | null;
  backend: TraceResponse | null;
  integrationResponse: { statusCode: string; selectionPattern: string | null } | null;
  methodResponse: TraceResponse | null;
  error: TraceError | null;
  log: string[];
  /** Added when the response half ran (see TraceResponseDetails); absent otherwise. */
  responseDetails?: TraceResponseDetails;
  /** Added when the backend was called (see TraceBackendCall). */
  backendCall?: TraceBackendCall;
  /** Headers API Gateway dropped, added or renamed on the way (docs/apigw-fidelity.md); absent when none. */
  headerRules?: TraceHeaderRule[];
  /** Added when a body is not what its content type promises (see TraceOutputProblem); absent otherwise. */
  outputProblems?: TraceOutputProblem[];
}
