// passthroughBehavior, contentHandling, timeoutInMillis and the cache settings of an integration.
// Source unless noted: https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html
import { isParseError, parseMethodRequestParameter } from '../mapping-expression.ts';
import { indexPath } from '../paths.ts';
import { CONTENT_HANDLINGS, PASSTHROUGH_BEHAVIORS } from '../types.ts';
import type { Design } from '../types.ts';
import { declaredParameters, howToDeclare } from './declared-parameters.ts';
import { isAbsent, type ProblemList } from './problem-list.ts';

/** "Custom timeout between 50 and 29,000 milliseconds. The default value is 29,000 milliseconds or 29 seconds." */
export const TIMEOUT_LIMITS_MS = { min: 50, defaultMax: 29_000 } as const;

export function checkPassthroughBehavior(value: unknown, out: ProblemList): void {
  if (isAbsent(value) || (PASSTHROUGH_BEHAVIORS as readonly unknown[]).includes(value)) return;
  out.error(
    'integration.passthroughBehavior',
    `must be WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER, not ${JSON.stringify(value)}`,
  );
}

/**
 * contentHandling: CONVERT_TO_BINARY, CONVERT_TO_TEXT, or absent for passthrough (same rule on integration responses).
 */
export function checkContentHandling(value: unknown, path: string, out: ProblemList): void {
  if (isAbsent(value) || (CONTENT_HANDLINGS as readonly unknown[]).includes(value)) return;
  out.error(path, `must be CONVERT_TO_BINARY, CONVERT_TO_TEXT or null (pass through), not ${JSON.stringify(value)}`);
}

/**
 * 50-29,000 ms. Since June 2024 Regional and private REST APIs may go above 29 s with a quota increase
 * (https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/);
 * edge-optimized APIs may not. So above 29,000 is a warning, not an error.
 */
export function checkTimeout(value: unknown, out: ProblemList): void {
  const path = 'integration.timeoutInMillis';
  if (isAbsent(value)) return;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    out.error(path, `must be an integer number of milliseconds, not ${JSON.stringify(value)}`);
  } else if (value < TIMEOUT_LIMITS_MS.min) {
    out.error(path, `${value} ms is below the minimum of 50 ms`);
  } else if (value > TIMEOUT_LIMITS_MS.defaultMax) {
    out.warning(
      path,
      `${value} ms is above the default 29,000 ms quota: Regional and private APIs need a quota increase ` +
        '(possible since June 2024), edge-optimized APIs cannot go above 29,000 ms',
    );
  }
}

/**
 * cacheKeyParameters: "To be valid values for cacheKeyParameters, these parameters must also be specified for Method
 * requestParameters", i.e. each is a `method.request.{path|querystring|header}.NAME` the method declares (as in the
 * CloudFormation and OpenAPI examples, e.g. `method.request.path.petId`).
 */
export function checkCache(design: Design, out: ProblemList): void {
  const { cacheNamespace, cacheKeyParameters } = design.integration as {
    cacheNamespace?: unknown;
    cacheKeyParameters?: unknown;
  };
  if (!isAbsent(cacheNamespace) && typeof cacheNamespace !== 'string') {
    out.error('integration.cacheNamespace', 'must be a string (an API-specific tag for related cached parameters)');
  }
  if (isAbsent(cacheKeyParameters)) return;
  if (!Array.isArray(cacheKeyParameters)) {
    out.error(
      'integration.cacheKeyParameters',
      'expected an array of method request parameters, like ["method.request.path.petId"]',
    );
    return;
  }
  const declared = declaredParameters(design);
  cacheKeyParameters.forEach((key: unknown, i) => {
    const path = indexPath('integration.cacheKeyParameters', i);
    const parsed = typeof key === 'string' ? parseMethodRequestParameter(key) : { error: 'must be a string' };
    if (isParseError(parsed))
      out.error(path, `${JSON.stringify(key)} is not a method request parameter: ${parsed.error}`);
    else if (!declared.has(parsed.location, parsed.name))
      out.error(path, `${key} is not declared; ${howToDeclare(parsed.location, parsed.name)}`);
  });
}
