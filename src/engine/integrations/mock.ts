// MOCK integration: no backend call. The integration request body (the rendered request template, or the body
// passed through) must carry the status code, `{"statusCode": 200}`; API Gateway then selects the integration
// response by that code like an HTTP status (https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html).
// Real AWS also accepts the non-JSON form `{statusCode: 200}` that CDK's CORS mock writes (LS-snap, apigw-semantics §5).
// A code that cannot be found -> 500, logged as below (message text from LocalStack, unverified; a real CDK project
// reports "Unable to parse statusCode" for a MOCK with no template, so a missing code fails even though the DG says a
// MOCK without template "returns the default integration response").

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
