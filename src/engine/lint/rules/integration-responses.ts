// API004: a non-proxy integration whose integration responses all have a selectionPattern: a backend status (or Lambda
// error) that matches none of them has no default to fall back on, and API Gateway answers 500 "Internal server error"
// (log: "No match for output mapping"). API006: a Lambda non-proxy integration that maps no error: a function error
// comes back as 200 with the error JSON as the body unless a selectionPattern matches its errorMessage.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
// https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html
import { isProxyIntegration } from '../../request/template-selection.ts';
import type { DesignRule } from '../rule.ts';

const LAMBDA_INVOKE = /^arn:aws[\w-]*:apigateway:[^:]*:lambda:path\//;

const patternsOf = (responses: Record<string, { selectionPattern?: string | null }>) =>
  Object.values(responses).map((r) => (r && typeof r === 'object' ? r.selectionPattern : null));

export const noDefaultIntegrationResponse: DesignRule = {
  code: 'API004',
  title: 'no default integration response',
  severity: 'warning',
  checkDesign({ design, report }) {
    const integration = design.integration;
    const responses = integration.integrationResponses;
    if (isProxyIntegration(integration) || !responses || typeof responses !== 'object') return;
    const patterns = patternsOf(responses);
    if (!patterns.length || patterns.some((p) => p === null || p === undefined || p === '')) return;
    report(
      'integration.integrationResponses',
      'Every integration response has a selectionPattern, so none is the default: a backend answer that matches ' +
        'none of them becomes 500 Internal server error ("No match for output mapping"). Make one response the ' +
        'default (no selectionPattern).',
    );
  },
};

export const lambdaErrorsNotMapped: DesignRule = {
  code: 'API006',
  title: 'a Lambda non-proxy integration maps no error',
  severity: 'warning',
  checkDesign({ design, report }) {
    const integration = design.integration;
    if (integration.type !== 'AWS' || !LAMBDA_INVOKE.test(integration.uri ?? '')) return;
    // An asynchronous invocation ('Event') returns no function error to map.
    const invocationType = Object.entries(integration.requestParameters ?? {}).find(
      ([k]) => k.toLowerCase() === 'integration.request.header.x-amz-invocation-type',
    )?.[1];
    if (invocationType === "'Event'") return;
    const patterns = patternsOf(integration.integrationResponses ?? {});
    if (patterns.some((p) => typeof p === 'string' && p !== '')) return;
    report(
      'integration.integrationResponses',
      'No integration response has a selectionPattern, so when the function fails (errorMessage/errorType) the ' +
        "client gets 200 with the error as the body. Add a response whose selectionPattern matches the error's " +
        'errorMessage (e.g. ".*Bad request.*" -> 400).',
    );
  },
};
