// Headers a mapping or override may not set: API Gateway fails the request with a 500 ("Internal server error") at run
// time. From LocalStack's AWS-compared emulator (docs/apigw-behaviour.md#forbidden-headers); not in the AWS docs, and
// the log wording ("... header already present") is LocalStack's, unverified.
import type { IntegrationType } from '../../model/types.ts';

const COMMON = ['content-length', 'transfer-encoding', 'x-amzn-trace-id', 'x-amzn-apigateway-api-id'];
const AWS_ONLY = ['authorization', 'connection', 'expect', 'proxy-authenticate', 'te'];

/** The first mapped header name the integration type forbids, or null. */
export function forbiddenMappedHeader(type: IntegrationType, names: readonly string[]): string | null {
  const forbidden = type === 'AWS' || type === 'AWS_PROXY' ? [...COMMON, ...AWS_ONLY] : COMMON;
  return names.find((n) => forbidden.includes(n.toLowerCase())) ?? null;
}
