// Test doubles for the parts of the engine simulate binds (method-request parsing, $context, Velocity), so the
// pipeline's own branches are tested on their own. The golden fixtures (golden.test.ts) run the real parts.
import type { EngineParts, TemplateScope } from '../../src/engine/round-trip.ts';
import type { TemplateRender } from '../../src/engine/integrations/template-renderer.ts';
import type { MethodRequest } from '../../src/engine/request/method-request.types.ts';
import type { Design, SampleRequest } from '../../src/model/types.ts';

const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

function normalize(sample: SampleRequest, design: Design): MethodRequest {
  const method = sample.method ?? design.method.httpMethod;
  if (design.method.httpMethod !== 'ANY' && method !== design.method.httpMethod)
    throw new Error(`method ${method} is not ${design.method.httpMethod}`);
  const names: string[] = [];
  const pattern = design.method.resourcePath.replace(/\{([^}+]+)(\+?)\}/g, (_m, name: string, greedy: string) => {
    names.push(name);
    return greedy ? '(.+)' : '([^/]+)';
  });
  const path = sample.path ?? design.method.resourcePath;
  const m = new RegExp(`^${pattern}$`).exec(path);
  if (!m) throw new Error(`path ${path} does not match ${design.method.resourcePath}`);
  const multiValueHeaders = Object.fromEntries(Object.entries(sample.headers ?? {}).map(([k, v]) => [k, list(v)]));
  const multiValueQuery = Object.fromEntries(Object.entries(sample.query ?? {}).map(([k, v]) => [k, list(v)]));
  const last = (o: Record<string, string[]>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.at(-1)!]));
  return {
    method,
    path,
    resourcePath: design.method.resourcePath,
    pathParameters: Object.fromEntries(names.map((n, i) => [n, m[i + 1]!])),
    headers: last(multiValueHeaders),
    multiValueHeaders,
    query: last(multiValueQuery),
    multiValueQuery,
    body: sample.body ?? '',
    isBase64Encoded: sample.isBase64Encoded ?? false,
  };
}

/**
 * A fake Velocity: replaces `$input.body`; a line `##override <json>` sets overrides; `#fail <code>` fails.
 * Records the scopes it was called with.
 */
export function fakeRenderer(calls: TemplateScope[] = []): EngineParts['renderTemplate'] {
  return (template, scope): TemplateRender => {
    calls.push(scope);
    const fail = /#fail (\S+)/.exec(template);
    if (fail) return { ok: false, error: { message: `failed: ${fail[1]}`, line: 2, column: 3, code: fail[1] } };
    const overrides = { request: { header: {}, querystring: {}, path: {} }, response: { header: {} } };
    const lines = template.split('\n').filter((line) => {
      const o = /^##override (.*)$/.exec(line);
      if (o) Object.assign(overrides, JSON.parse(o[1]!));
      return !o;
    });
    return { ok: true, output: lines.join('\n').replaceAll('$input.body', scope.body), overrides };
  };
}

export function stubParts(calls?: TemplateScope[]): EngineParts {
  return {
    normalizeMethodRequest: normalize,
    buildContext: () => ({
      requestId: 'c0ffee00-0000-4000-8000-000000000001',
      requestTimeEpoch: Date.UTC(2026, 0, 1),
      apiId: 'abc123',
      accountId: '123456789012',
      stage: 'test',
      identity: { sourceIp: '203.0.113.9' },
    }),
    renderTemplate: fakeRenderer(calls),
  };
}

export function designOf(
  integration: Partial<Design['integration']> & Pick<Design['integration'], 'type'>,
  extra: Partial<Design> = {},
): Design {
  return {
    format: 'integration-designer/1',
    name: 'test',
    api: { stageName: 'test', stageVariables: { backend: 'pets.example.com' }, binaryMediaTypes: ['image/png'] },
    method: { httpMethod: 'POST', resourcePath: '/pets/{petId}' },
    integration: { httpMethod: 'POST', uri: 'https://${stageVariables.backend}/pets/{id}', ...integration },
    methodResponses: { '200': { statusCode: '200' } },
    samples: [],
    ...extra,
  };
}

export const jsonSample: SampleRequest = {
  method: 'POST',
  path: '/pets/42',
  headers: { 'Content-Type': 'application/json' },
  body: '{"name":"Rex"}',
};
