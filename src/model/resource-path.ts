// Resource paths such as `/pets/{petId}` and `/{proxy+}`: their path parameters and what makes one invalid. Sources:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html ("Set up
// API resources", path parameters in curly braces) and
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html (greedy `{proxy+}`
// "must be at the end of the resource path"; real AWS refuses a child of it, see
// docs/apigw-behaviour.md#method-request).
import { PARAMETER_NAME_PATTERN } from './names.ts';

export interface ResourcePathParameter {
  name: string;
  /** `{name+}`: matches the rest of the path, slashes included. */
  greedy: boolean;
}

/**
 * The `{name}` and `{name+}` parts of a resource path, in order. Invalid parts are skipped (see resourcePathProblems).
 */
export function resourcePathParameters(resourcePath: string): ResourcePathParameter[] {
  return resourcePath
    .split('/')
    .map((segment) => /^\{([^{}+]+)(\+?)\}$/.exec(segment))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1]!, greedy: m[2] === '+' }));
}

/** What is wrong with a resource path, as messages (empty when valid). */
export function resourcePathProblems(resourcePath: string): string[] {
  if (!resourcePath.startsWith('/')) return ['must start with "/" (the root resource is "/")'];
  if (resourcePath === '/') return [];
  const problems: string[] = [];
  const segments = resourcePath.slice(1).split('/');
  const seen = new Set<string>();
  segments.forEach((segment, i) => {
    const isLast = i === segments.length - 1;
    if (segment === '') {
      problems.push(isLast ? 'must not end with "/"' : 'must not contain an empty path part ("//")');
      return;
    }
    const param = /^\{([^{}]*)\}$/.exec(segment);
    if (param) {
      const greedy = param[1]!.endsWith('+');
      const name = greedy ? param[1]!.slice(0, -1) : param[1]!;
      if (!PARAMETER_NAME_PATTERN.test(name))
        problems.push(`path parameter {${param[1]}}: the name must match ^[a-zA-Z0-9._$-]+$`);
      if (greedy && !isLast)
        problems.push(`Cannot create a child of a resource with a greedy path variable: {${param[1]}}`);
      if (seen.has(name)) problems.push(`path parameter {${name}} appears twice`);
      seen.add(name);
      return;
    }
    if (/[{}]/.test(segment))
      problems.push(`path part "${segment}": a path parameter must be a whole path part, like {id}`);
    else if (/[\s?#%]/.test(segment)) problems.push(`path part "${segment}" contains a space, "?", "#" or "%"`);
  });
  return problems;
}
