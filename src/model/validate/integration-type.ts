// integration.type and integration.httpMethod. Messages are real API Gateway's where recorded
// (docs/apigw-behaviour.md#put-integration-validation, from LocalStack's AWS-validated snapshots).
import { isLambdaUri } from '../aws-integration-uri.ts';
import { INTEGRATION_TYPES, METHOD_VERBS } from '../types.ts';
import type { Integration, IntegrationType } from '../types.ts';
import { isAbsent, type ProblemList } from './problem-list.ts';

/** Checks integration.type; returns it when valid (the other integration rules depend on it), else null. */
export function checkIntegrationType(integration: Integration, out: ProblemList): IntegrationType | null {
  const type = integration.type as unknown;
  if (typeof type === 'string' && (INTEGRATION_TYPES as readonly string[]).includes(type))
    return type as IntegrationType;
  // PutIntegration's enum check (https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html, `type`).
  out.error(
    'integration.type',
    `1 validation error detected: Value '${String(type)}' at 'putIntegrationInput.type' failed to satisfy constraint: ` +
      'Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]',
  );
  return null;
}

/**
 * integration.httpMethod ("integrationHttpMethod" in PutIntegration): required for every type but MOCK, one of the
 * method verbs, and POST for Lambda, which is invoked with `POST /2015-03-31/functions/{arn}/invocations`
 * ("For Lambda integrations, you must use the HTTP method of POST for the integration request, according to the
 * specification of the Lambda service action for function invocations",
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-request-basic-setup.html; also
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html).
 */
export function checkIntegrationHttpMethod(integration: Integration, type: IntegrationType, out: ProblemList): void {
  const path = 'integration.httpMethod';
  const method = integration.httpMethod as unknown;
  if (isAbsent(method) || method === '') {
    // MOCK "needs neither uri nor httpMethod" (real AWS, docs/apigw-behaviour.md#put-integration-validation).
    if (type !== 'MOCK') out.error(path, 'Enumeration value for HttpMethod must be non-empty');
    return;
  }
  if (typeof method !== 'string' || !(METHOD_VERBS as readonly string[]).includes(method)) {
    // The PutMethod wording (recorded); PutIntegration's own message for a bad verb was not found.
    out.error(
      path,
      `Invalid HttpMethod specified: ${JSON.stringify(method)}. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY`,
    );
    return;
  }
  if (type === 'MOCK') return;
  const invokesLambda = isLambdaUri(typeof integration.uri === 'string' ? integration.uri : null);
  if ((type === 'AWS' || type === 'AWS_PROXY') && invokesLambda && method !== 'POST') {
    out.error(path, `Lambda functions are invoked with POST; this integration uses ${method}`);
  }
}
