// The real service request an AWS integration URI means. Form (Integration.uri,
// https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html):
// `arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api}`
//   path/{p}                  -> https://{service}.{region}.amazonaws.com/{p}          (REST-path APIs: S3, Lambda invoke)
//   {sub}.{service}:path/{p}  -> https://{sub}.{service}.{region}.amazonaws.com/{p}    (e.g. a bucket subdomain)
//   action/{Name}&p=v         -> https://{service}.{region}.amazonaws.com/?Action={Name}&p=v   (query/action-style APIs)
// The host form {service}.{region}.amazonaws.com is inferred (docs/apigw-behaviour.md#open-questions); aws-cn and
// aws-us-gov partitions use their own domain. Lambda: `lambda:path/2015-03-31/functions/{arn}/invocations` is Lambda's
// Invoke API (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html).
import { lambdaFunctionOf, parseAwsIntegrationUri } from '../../model/aws-integration-uri.ts';
import { fillPlaceholders, substituteStageVariables } from './uri-template.ts';

export interface AwsEndpoint {
  url: string;
  host: string;
  region: string;
  service: string;
  /** The function ARN when the URI invokes Lambda, else null. */
  lambdaFunction: string | null;
}

const DOMAINS: Record<string, string> = {
  aws: 'amazonaws.com',
  'aws-cn': 'amazonaws.com.cn',
  'aws-us-gov': 'amazonaws.com',
};

export function resolveAwsEndpoint(
  uri: string,
  stageVariables: Record<string, string>,
  pathValues: Record<string, string>,
): AwsEndpoint | { error: string } {
  const parsed = parseAwsIntegrationUri(substituteStageVariables(uri, stageVariables));
  if ('error' in parsed) return { error: `integration.uri "${uri}": ${parsed.error}` };
  if (parsed.kind === 'stage-variable')
    return { error: `integration.uri "${uri}": the stage variable does not name a path or action` };
  const host = `${parsed.subdomain ? `${parsed.subdomain}.` : ''}${parsed.service}.${parsed.region}.${DOMAINS[parsed.partition] ?? 'amazonaws.com'}`;
  const api = fillPlaceholders(parsed.serviceApi, pathValues);
  const url = parsed.kind === 'path' ? `https://${host}/${api}` : `https://${host}/?Action=${api}`;
  return { url, host, region: parsed.region, service: parsed.service, lambdaFunction: lambdaFunctionOf(parsed) };
}

/**
 * Whose credentials sign the request (Integration.credentials): an IAM role ARN API Gateway assumes, the string
 * `arn:aws:iam::*:user/*` for the caller's own identity, or none — then the target's resource-based policy must allow
 * API Gateway (e.g. Lambda add-permission). https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html
 */
export function signedByOf(credentials: string | null | undefined, stageVariables: Record<string, string>): string {
  if (!credentials) return 'resource-based permission (no credentials)';
  if (credentials === 'arn:aws:iam::*:user/*') return "caller's identity";
  return substituteStageVariables(credentials, stageVariables);
}
