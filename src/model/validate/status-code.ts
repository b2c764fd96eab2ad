// Status codes of integration and method responses: the map key equals the statusCode, which matches [1-5]\d\d
// (real API Gateway: "1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member
// must satisfy regular expression pattern: [1-5]\d\d", docs/apigw-behaviour.md#put-integration-validation).
import type { ProblemList } from './problem-list.ts';

/** Checks a statusCode and returns it when it is a string (even an invalid one is returned, for later rules). */
export function checkStatusCode(statusCode: unknown, key: string, path: string, out: ProblemList): string | null {
  if (typeof statusCode !== 'string') {
    out.error(
      path,
      `required: the status code as a string, like "200"${statusCode === undefined ? '' : `, not ${JSON.stringify(statusCode)}`}`,
    );
    return null;
  }
  if (!/^[1-5]\d\d$/.test(statusCode)) {
    out.error(
      path,
      `1 validation error detected: Value '${statusCode}' at 'statusCode' failed to satisfy constraint: ` +
        'Member must satisfy regular expression pattern: [1-5]\\d\\d',
    );
  }
  if (statusCode !== key)
    out.error(path, `must equal its key ${JSON.stringify(key)} (is ${JSON.stringify(statusCode)})`);
  return statusCode;
}
