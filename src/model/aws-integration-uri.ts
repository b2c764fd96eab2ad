// AWS and AWS_PROXY integration URIs:
// `arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api}` (Integration.uri,
// https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html). Parsed into data so the validator, the
// engine (which calls the service) and the UI (which shows "Lambda function X") agree.
import { isStageVariableReference } from './names.ts';

export interface AwsIntegrationUri {
  partition: string;
  region: string;
  /** The AWS service, e.g. `lambda`, `s3`, `firehose` (without the subdomain). */
  service: string;
  /** The "designated subdomain" of `subdomain.service`, if any. */
  subdomain: string | null;
  /** `path/...` (REST-path APIs), `action/...` (Action= query APIs), or one `${stageVariables.x}` standing for both. */
  kind: 'path' | 'action' | 'stage-variable';
  /** What follows `path/` or `action/` (or the stage variable reference). */
  serviceApi: string;
}

/** The two messages real API Gateway gives (recorded in docs/apigw-behaviour.md#put-integration-validation). */
export const INVALID_ARN_MESSAGE = 'Invalid ARN specified in the request';
export const ARN_NEEDS_PATH_OR_ACTION_MESSAGE = 'AWS ARN for integration must contain path or action';

const ARN = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$/s;

export function parseAwsIntegrationUri(uri: string): AwsIntegrationUri | { error: string } {
  const m = ARN.exec(uri);
  if (!m) return { error: INVALID_ARN_MESSAGE };
  const [, partition, arnService, region, serviceField, rest] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (arnService !== 'apigateway') return { error: ARN_NEEDS_PATH_OR_ACTION_MESSAGE };
  let kind: AwsIntegrationUri['kind'];
  let serviceApi: string;
  if (rest.startsWith('path/')) [kind, serviceApi] = ['path', rest.slice('path/'.length)];
  else if (rest.startsWith('action/')) [kind, serviceApi] = ['action', rest.slice('action/'.length)];
  else if (isStageVariableReference(rest)) [kind, serviceApi] = ['stage-variable', rest];
  else return { error: ARN_NEEDS_PATH_OR_ACTION_MESSAGE };
  const dot = serviceField.lastIndexOf('.');
  return {
    partition,
    region,
    service: dot >= 0 ? serviceField.slice(dot + 1) : serviceField,
    subdomain: dot >= 0 ? serviceField.slice(0, dot) : null,
    kind,
    serviceApi,
  };
}

/**
 * The Lambda Invoke REST path the URI calls: `path/2015-03-31/functions/{function ARN}/invocations`
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html).
 * Returns the function ARN (which may contain `${stageVariables.x}`), or null for anything else.
 */
export function lambdaFunctionOf(uri: AwsIntegrationUri): string | null {
  if (uri.service !== 'lambda' || uri.kind !== 'path') return null;
  const m = /^\d{4}-\d{2}-\d{2}\/functions\/(.+)\/invocations$/.exec(uri.serviceApi);
  return m ? m[1]! : null;
}

/** Whether an integration URI (any string) invokes a Lambda function: such integrations must use POST. */
export function isLambdaUri(uri: string | null | undefined): boolean {
  if (!uri) return false;
  const parsed = parseAwsIntegrationUri(uri);
  return !('error' in parsed) && parsed.service === 'lambda';
}
