// integration.integrationResponses: status code, selectionPattern, parameters, templates, content handling. Sources:
// https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html,
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
// ("For a non-proxy integration, you must set up at least one integration response, and make it the default response";
// "If there is no method response defined for the returned status code, API Gateway returns a 500 error").
import { compileJavaRegex, JavaRegexError } from '../java-regex.ts';
import { keyPath } from '../paths.ts';
import type { Design, IntegrationType } from '../types.ts';
import { checkContentHandling } from './integration-settings.ts';
import { isAbsent, isRecord, type ProblemList } from './problem-list.ts';
import { checkResponseParameters } from './response-parameters.ts';
import { checkStatusCode } from './status-code.ts';
import { checkTemplates } from './templates.ts';

export function checkIntegrationResponses(design: Design, type: IntegrationType, out: ProblemList): void {
  if (type === 'HTTP_PROXY' || type === 'AWS_PROXY') return; // ignored by proxies, see proxy-settings.ts
  const base = 'integration.integrationResponses';
  const responses = design.integration.integrationResponses as unknown;
  if (isAbsent(responses) || (isRecord(responses) && Object.keys(responses).length === 0)) {
    out.error(
      base,
      'a non-proxy integration needs at least one integration response (a default one, without ' +
        'selectionPattern); without it every request ends in 500 Internal server error',
    );
    return;
  }
  if (!isRecord(responses)) {
    out.error(base, 'expected an object of status code -> integration response');
    return;
  }
  const methodResponses = isRecord(design.methodResponses) ? design.methodResponses : null;
  let defaultKey: string | null = null;
  const patterns = new Map<string, string>();
  for (const [key, response] of Object.entries(responses)) {
    const path = keyPath(base, key);
    if (!isRecord(response)) {
      out.error(path, 'expected an integration response object');
      continue;
    }
    const statusCode = checkStatusCode(response.statusCode, key, `${path}.statusCode`, out);
    const methodResponse = statusCode === null || methodResponses === null ? undefined : methodResponses[statusCode];
    if (
      statusCode !== null &&
      /^[1-5]\d\d$/.test(statusCode) &&
      methodResponses !== null &&
      methodResponse === undefined
    ) {
      out.error(
        `${path}.statusCode`,
        `there is no method response ${statusCode} in methodResponses: API Gateway ` +
          'answers 500 Internal server error when this integration response is selected',
      );
    }
    const pattern = response.selectionPattern;
    if (isAbsent(pattern) || pattern === '') {
      if (defaultKey !== null) {
        out.error(
          `${path}.selectionPattern`,
          `only one integration response can be the default (no selectionPattern); ${JSON.stringify(defaultKey)} already is`,
        );
      } else defaultKey = key;
    } else if (typeof pattern !== 'string') {
      out.error(
        `${path}.selectionPattern`,
        'must be a string (a Java regular expression) or null for the default response',
      );
    } else {
      checkSelectionPattern(pattern, `${path}.selectionPattern`, out);
      const twin = patterns.get(pattern);
      if (twin !== undefined) {
        out.warning(
          `${path}.selectionPattern`,
          `same pattern as integration response ${JSON.stringify(twin)}; which one API Gateway selects is not documented`,
        );
      } else patterns.set(pattern, key);
    }
    checkContentHandling(response.contentHandling, `${path}.contentHandling`, out);
    checkResponseParameters(response.responseParameters, `${path}.responseParameters`, methodResponse, statusCode, out);
    checkTemplates(response.responseTemplates, `${path}.responseTemplates`, out);
  }
}

/**
 * A selectionPattern is a Java regular expression matched against the whole status code or Lambda errorMessage
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html). It is
 * checked by the one Java-regex compiler the engine matches it with (../java-regex.ts: what is translated, what not).
 */
function checkSelectionPattern(pattern: string, path: string, out: ProblemList): void {
  try {
    compileJavaRegex(pattern);
  } catch (e) {
    if (!(e instanceof JavaRegexError)) throw e;
    if (e.unsupported) out.warning(path, `not checked: ${e.message}`);
    else out.error(path, `not a valid Java regular expression: ${e.message}`);
  }
}
