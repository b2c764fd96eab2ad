// Settings that proxy integrations (HTTP_PROXY, AWS_PROXY) accept but ignore: "For proxy integrations, API Gateway
// passes the entire request through to your backend, and you do not have the option to modify the passthrough
// behaviors" (https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html), and
// "For a proxy integration, API Gateway automatically passes the backend output to the client as an HTTP response. You
// do not set either an integration response or a method response."
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html).
// Whether PutIntegration refuses them is not documented; they are kept (changeIntegrationType keeps them too) and
// flagged as warnings.
import type { Integration, IntegrationType } from '../types.ts';
import { isAbsent, isRecord, type ProblemList } from './problem-list.ts';

export function checkProxyIgnoredSettings(integration: Integration, type: IntegrationType, out: ProblemList): void {
  if (type !== 'HTTP_PROXY' && type !== 'AWS_PROXY') return;
  const why = `${type} passes the request and response through unchanged`;
  if (isRecord(integration.requestTemplates) && Object.keys(integration.requestTemplates).length > 0) {
    out.warning('integration.requestTemplates', `has no effect: ${why}`);
  }
  // WHEN_NO_MATCH is what API Gateway stores when none is given, so it is not worth a warning.
  if (!isAbsent(integration.passthroughBehavior) && integration.passthroughBehavior !== 'WHEN_NO_MATCH') {
    out.warning('integration.passthroughBehavior', `has no effect: ${why}`);
  }
  if (!isAbsent(integration.contentHandling)) {
    out.warning('integration.contentHandling', `has no effect: ${why}`);
  }
  if (isRecord(integration.integrationResponses) && Object.keys(integration.integrationResponses).length > 0) {
    out.warning(
      'integration.integrationResponses',
      `have no effect: ${why}, so the backend's response goes to the client as is`,
    );
  }
}
