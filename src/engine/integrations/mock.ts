// MOCK integration: no backend call. The integration request body (the rendered request template, or the body passed
// through) must carry the status code, `{"statusCode": 200}`; API Gateway then selects the integration response by that
// code like an HTTP status (https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html).
// Real AWS also accepts the non-JSON form `{statusCode: 200}` that CDK's CORS mock writes (LS-snap,
// docs/apigw-behaviour.md#mock-integration). Without a request template, "you can make a mock integration method return
// the default integration response" (same page): when no template applied and nothing was passed through (e.g. a GET),
// the default integration response (the one without a selection pattern) answers. A passed-through body without a code
// is different: real projects report "Unable to parse statusCode" for it, so that -> 500, logged as below (message text
// from LocalStack, unverified).

import type { Integration } from '../../model/types.ts';
import type { TraceTemplateSelection } from '../trace.ts';

export const UNPARSABLE_STATUS_LOG =
  'Execution failed due to configuration error: Unable to parse statusCode. It should be an integer that is defined in the request template.';

/** The statusCode the MOCK template output declares, or null (it must be an integer, not a string: LS-code). */
export function parseMockStatusCode(body: string): number | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const code = (parsed as Record<string, unknown>).statusCode;
      return typeof code === 'number' && Number.isInteger(code) ? code : null;
    }
    return null;
  } catch {
    // Not JSON: the lax object form with unquoted or single-quoted keys, `{statusCode: 200}`.
    if (!body.trim().startsWith('{')) return null;
    const m = /[{,\s](?:statusCode|'statusCode'|"statusCode")\s*:\s*(-?\d+)\s*[,}\s]/.exec(body);
    return m ? Number(m[1]) : null;
  }
}

/** The default integration response's status for a MOCK that rendered no template and passed no body, else null. */
export function mockDefaultStatus(
  integration: Integration,
  selection: TraceTemplateSelection | null,
  body: string,
): number | null {
  if (selection?.outcome !== 'PASSTHROUGH' || body.trim() !== '') return null;
  const fallback = Object.entries(integration.integrationResponses ?? {}).find(([, r]) => !r.selectionPattern);
  if (!fallback) return null;
  const code = Number(fallback[1].statusCode ?? fallback[0]);
  return Number.isInteger(code) ? code : null;
}
