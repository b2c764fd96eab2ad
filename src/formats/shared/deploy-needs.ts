// What a deploy needs that a design may leave implicit. PutIntegration refuses a mapping from a method request
// parameter the method does not declare, and PutIntegrationResponse one to a method response header the method
// response does not declare, both with "Invalid mapping expression specified: Validation Result: warnings : [],
// errors : [Invalid mapping expression parameter specified: method.request.path.petId]" (seen on deploy, e.g.
// https://github.com/aws/aws-cdk/issues/17318, https://github.com/awslabs/aws-solutions-constructs/issues/1130).
// A design's resource path declares its path parameters (as the console does for you), so every export writes them
// out, with the other parameters the integration maps and the method responses its integration responses need.
import { isParseError, parseRequestMappingSource } from '../../model/mapping-expression.ts';
import { resourcePathParameters } from '../../model/resource-path.ts';
import type { Design, MethodResponse } from '../../model/types.ts';
import { sortedEntries } from './values.ts';

const BASE_LOCATION: Record<string, string> = {
  path: 'path',
  querystring: 'querystring',
  multivaluequerystring: 'querystring',
  header: 'header',
  multivalueheader: 'header',
};

function declaredKeys(requestParameters: Record<string, boolean>): Set<string> {
  const keys = new Set<string>();
  for (const key of Object.keys(requestParameters)) {
    const m = /^method\.request\.(\w+)\.(.+)$/.exec(key);
    if (m) keys.add(`${BASE_LOCATION[m[1]!] ?? m[1]}.${m[2]}`);
  }
  return keys;
}

function methodRequestParameters(design: Design, warnings: string[]): Record<string, boolean> {
  const out: Record<string, boolean> = { ...(design.method.requestParameters ?? {}) };
  const declared = declaredKeys(out);
  const declare = (location: string, name: string, required: boolean, why: string | null) => {
    const base = BASE_LOCATION[location] ?? location;
    if (declared.has(`${base}.${name}`)) return;
    declared.add(`${base}.${name}`);
    out[`method.request.${base}.${name}`] = required;
    if (why) warnings.push(`method.requestParameters: declared method.request.${base}.${name} (${why})`);
  };
  for (const p of resourcePathParameters(design.method.resourcePath)) declare('path', p.name, true, null);
  for (const [target, source] of sortedEntries(design.integration.requestParameters)) {
    if (typeof source !== 'string') continue;
    const parsed = parseRequestMappingSource(source);
    if (!isParseError(parsed) && parsed.kind === 'method-request')
      declare(parsed.location, parsed.name, false, `${target} maps it`);
  }
  for (const key of design.integration.cacheKeyParameters ?? []) {
    const m = /^method\.request\.(\w+)\.(.+)$/.exec(String(key));
    if (m) declare(m[1]!, m[2]!, false, 'a cache key parameter');
  }
  return out;
}

function methodResponses(design: Design, warnings: string[]): Record<string, MethodResponse> {
  const out: Record<string, MethodResponse> = {};
  for (const [key, r] of Object.entries(design.methodResponses ?? {})) out[key] = { ...r };
  const keyOf = (status: string) => Object.keys(out).find((k) => (out[k]!.statusCode ?? k) === status);
  for (const [code, response] of sortedEntries(design.integration.integrationResponses)) {
    const status = response.statusCode ?? code;
    let key = keyOf(status);
    if (key === undefined) {
      key = status;
      out[key] = { statusCode: status };
      warnings.push(`methodResponses.${status}: added (integration response ${status} needs its method response)`);
    }
    const target = out[key]!;
    for (const header of Object.keys(response.responseParameters ?? {})) {
      if (target.responseParameters && header in target.responseParameters) continue;
      target.responseParameters = { ...(target.responseParameters ?? {}), [header]: false };
      warnings.push(
        `methodResponses.${status}.responseParameters: declared ${header} (integration response ${status} maps it)`,
      );
    }
  }
  return out;
}

/** The design with every method request parameter and method response header its integration needs declared. */
export function deployableDesign(design: Design): { design: Design; warnings: string[] } {
  const warnings: string[] = [];
  const requestParameters = methodRequestParameters(design, warnings);
  const responses = methodResponses(design, warnings);
  return {
    design: {
      ...design,
      method: { ...design.method, requestParameters },
      methodResponses: responses,
    },
    warnings,
  };
}
