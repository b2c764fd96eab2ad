// One integration module per type; this picks the module. MOCK has no integration request (no backend call).
import type { IntegrationType } from '../../model/types.ts';
import { buildAwsProxyRequest } from './aws-proxy.ts';
import { buildAwsRequest } from './aws.ts';
import { buildHttpProxyRequest } from './http-proxy.ts';
import { buildHttpRequest } from './http.ts';
import type { IntegrationInput, IntegrationResult } from './types.ts';

const BUILDERS: Record<Exclude<IntegrationType, 'MOCK'>, (input: IntegrationInput) => IntegrationResult> = {
  HTTP: buildHttpRequest,
  HTTP_PROXY: buildHttpProxyRequest,
  AWS: buildAwsRequest,
  AWS_PROXY: buildAwsProxyRequest,
};

export function buildIntegrationRequest(input: IntegrationInput): IntegrationResult {
  const type = input.design.integration.type;
  const build = (BUILDERS as Record<string, ((input: IntegrationInput) => IntegrationResult) | undefined>)[type];
  if (!build) return { ok: false, message: `integration.type "${type}" has no integration request` };
  return build(input);
}

export type { BackendCaller, IntegrationInput, IntegrationResult } from './types.ts';
