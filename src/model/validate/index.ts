// validateDesign: every rule API Gateway applies to a method's integration (and what the design needs around it),
// as a list of `path: message` problems. Each rule lives in its own file with the documentation it comes from.
import type { Design, Problem } from '../types.ts';
import { checkApi, checkStageVariables } from './api.ts';
import { checkConnection } from './connection.ts';
import { checkCredentials } from './credentials.ts';
import { checkIntegrationResponses } from './integration-responses.ts';
import { checkCache, checkContentHandling, checkPassthroughBehavior, checkTimeout } from './integration-settings.ts';
import { checkIntegrationHttpMethod, checkIntegrationType } from './integration-type.ts';
import { checkIntegrationUri } from './integration-uri.ts';
import { checkMethod, checkMethodResponses } from './method.ts';
import { isRecord, ProblemList } from './problem-list.ts';
import { checkProxyIgnoredSettings } from './proxy-settings.ts';
import { checkRequestParameters } from './request-parameters.ts';
import { checkStageVariableUsage } from './stage-variable-usage.ts';
import { checkTemplates } from './templates.ts';
import { indexPath } from '../paths.ts';

export function validateDesign(design: Design): Problem[] {
  const out = new ProblemList();
  checkApi(design, out);
  checkMethod(design, out);
  if (!isRecord(design.integration)) {
    out.error('integration', 'required: the integration of the method');
    return out.problems;
  }
  const integration = design.integration;
  const type = checkIntegrationType(integration, out);
  if (type !== null) {
    checkIntegrationHttpMethod(integration, type, out);
    checkIntegrationUri(integration, type, out);
    checkConnection(integration, type, out);
    checkCredentials(integration, type, out);
    checkProxyIgnoredSettings(integration, type, out);
    checkIntegrationResponses(design, type, out);
  }
  checkRequestParameters(design, out);
  checkTemplates(integration.requestTemplates, 'integration.requestTemplates', out);
  checkPassthroughBehavior(integration.passthroughBehavior, out);
  checkContentHandling(integration.contentHandling, 'integration.contentHandling', out);
  checkTimeout(integration.timeoutInMillis, out);
  checkCache(design, out);
  checkMethodResponses(design, out);
  (Array.isArray(design.samples) ? design.samples : []).forEach((sample, i) => {
    if (isRecord(sample)) checkStageVariables(sample.stageVariables, `${indexPath('samples', i)}.stageVariables`, out);
  });
  checkStageVariableUsage(design, out);
  return out.problems;
}

/** Only the problems that are errors (no warnings). */
export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => (p.severity ?? 'error') === 'error');
}
