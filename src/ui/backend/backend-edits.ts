// Pure edits of the design's `backend` section (what the mocks answer, src/mocks/README.md) and the editor's view of
// it: which editor an integration type gets, and whether the Lambda mock returns a result, an error or its input.
import { isLambdaUri, parseAwsIntegrationUri } from '../../model/aws-integration-uri.ts';
import type { Backend, Design, HttpBackend, Integration, LambdaBackend } from '../../model/types.ts';

export type BackendEditorKind = 'http' | 'lambda' | 'aws-service' | 'none';

export function backendEditorKind(integration: Pick<Integration, 'type' | 'uri'>): BackendEditorKind {
  switch (integration.type) {
    case 'HTTP':
    case 'HTTP_PROXY':
      return 'http';
    case 'AWS_PROXY':
      return 'lambda';
    case 'AWS':
      return isLambdaUri(integration.uri) ? 'lambda' : 'aws-service';
    default:
      return 'none';
  }
}

/** The AWS service of an AWS integration URI (`s3`, `dynamodb`, `sqs`, ...), or null. */
export function awsServiceOf(uri: string | null | undefined): string | null {
  if (!uri) return null;
  const parsed = parseAwsIntegrationUri(uri);
  return 'error' in parsed ? null : parsed.service;
}

export function editBackend(design: Design, patch: Partial<Backend>): Design {
  return { ...design, backend: { ...design.backend, ...patch } };
}

/** The HTTP mock as the editor shows it: the design's, or the mocks' default (200 `{}`). */
/**
 * What the HTTP mock answers when the design says nothing. One object for every call: the editor selects this view
 * from the store, and a fresh object (with a fresh `headers` inside) at each call made every store read look like a
 * change — React re-rendered forever ("Maximum update depth exceeded", React #185) on any HTTP design without a
 * backend, e.g. an imported or hand-written one.
 */
const DEFAULT_HTTP_BACKEND: Readonly<HttpBackend> = Object.freeze({
  statusCode: 200,
  headers: Object.freeze({ 'Content-Type': 'application/json' }),
  body: '{}',
  isBase64Encoded: false,
  delayMs: 0,
});

export function httpBackendView(backend: Backend | undefined): HttpBackend {
  return backend?.http ?? DEFAULT_HTTP_BACKEND;
}

export function editHttpBackend(design: Design, patch: Partial<HttpBackend>): Design {
  return editBackend(design, { http: { ...httpBackendView(design.backend), ...patch } });
}

export type LambdaMode = 'result' | 'error' | 'default';

export function lambdaMode(lambda: LambdaBackend | undefined): LambdaMode {
  if (lambda?.error) return 'error';
  if (lambda && 'result' in lambda) return 'result';
  return 'default';
}

/** Switches what the function does; the other answer is dropped from the design (the mock would prefer an error). */
export function withLambdaMode(
  lambda: LambdaBackend | undefined,
  mode: LambdaMode,
  integrationType: Integration['type'],
): LambdaBackend | undefined {
  const { error: _error, result: _result, ...rest } = lambda ?? {};
  switch (mode) {
    case 'default':
      return Object.keys(rest).length ? rest : undefined;
    case 'error':
      return { ...rest, error: lambda?.error ?? { errorMessage: 'Something went wrong', errorType: 'Error' } };
    case 'result':
      return { ...rest, result: lambda && 'result' in lambda ? lambda.result : defaultLambdaResult(integrationType) };
  }
}

/** A starting result: a proxy response object for AWS_PROXY, a plain JSON object for a custom integration. */
export function defaultLambdaResult(type: Integration['type']): unknown {
  return type === 'AWS_PROXY'
    ? { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok": true}' }
    : { ok: true };
}

export function editLambdaBackend(design: Design, next: LambdaBackend | undefined): Design {
  const { lambda: _lambda, ...others } = design.backend ?? {};
  return { ...design, backend: next ? { ...others, lambda: next } : others };
}

/** backend.services.<service>.<field> (S3 objects, DynamoDB tables, a canned response). */
export function serviceField(backend: Backend | undefined, service: string, field: string): unknown {
  const config = backend?.services?.[service];
  return config && typeof config === 'object' ? (config as Record<string, unknown>)[field] : undefined;
}

export function editServiceField(design: Design, service: string, field: string, value: unknown): Design {
  const services = { ...design.backend?.services };
  const current =
    services[service] && typeof services[service] === 'object' ? (services[service] as Record<string, unknown>) : {};
  const next = { ...current };
  if (value === undefined) delete next[field];
  else next[field] = value;
  if (Object.keys(next).length) services[service] = next;
  else delete services[service];
  return editBackend(design, { services });
}

/** The design sends requests to the real endpoints instead of the mocks (off unless the user turns it on). */
export function withLive(design: Design, live: boolean): Design {
  const { live: _live, ...others } = design.backend ?? {};
  return { ...design, backend: live ? { ...others, live: true } : others };
}
