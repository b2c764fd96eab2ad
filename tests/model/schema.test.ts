// The design document's schema (src/model/schema): wrong types are `path: message` errors, missing fields are fine
// (restore fills them), unknown fields are kept with a warning naming the nearest known one, nulls mean "absent" where
// the type has no null, and nesting is refused before anything recursive runs. Field types follow
// https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html and docs/design-contracts.md#design-document,
// docs/design-contracts.md#sample-request.
import { describe, expect, it } from 'vitest';
import { defaultDesign, DesignFormatError, restoreDesign } from '../../src/model/index.ts';
import { checkDesign, checkSample, depthOf, textDepthOf } from '../../src/model/schema/index.ts';
import { formatProblem } from '../../src/model/paths.ts';

const lines = (problems: { path: string; message: string }[]) => problems.map(formatProblem);

/** A value nested `levels` deep: {"a": {"a": ...}} */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe('wrong types are errors that say what and where', () => {
  const base = defaultDesign();
  it.each([
    [
      { ...base, integration: { ...base.integration, uri: -1 } },
      'integration.uri: expected a string, got a number (-1)',
    ],
    [
      { ...base, method: { ...base.method, resourcePath: 0 } },
      'method.resourcePath: expected a string, got a number (0)',
    ],
    [
      { ...base, integration: { ...base.integration, httpMethod: 7 } },
      'integration.httpMethod: expected a string, got a number (7)',
    ],
    [
      { ...base, api: { binaryMediaTypes: ['image/png', 5] } },
      'api.binaryMediaTypes[1]: expected a string, got a number (5)',
    ],
    [
      {
        ...base,
        integration: {
          ...base.integration,
          integrationResponses: { '200': { statusCode: '200', responseTemplates: { 'application/json': {} } } },
        },
      },
      'integration.integrationResponses["200"].responseTemplates["application/json"]: expected a string, got an object',
    ],
    [
      { ...base, integration: { ...base.integration, requestTemplates: { 'application/json': ['#set'] } } },
      'integration.requestTemplates["application/json"]: expected a string, got an array',
    ],
    [
      { ...base, samples: [{ headers: { Accept: 3 } }] },
      'samples[0].headers["Accept"]: expected a string or an array of strings, got a number (3)',
    ],
    [
      { ...base, samples: [{ isBase64Encoded: 'yes' }] },
      'samples[0].isBase64Encoded: expected true or false, got the string "yes"',
    ],
    [{ ...base, backend: { lambda: { error: {} } } }, 'backend.lambda.error.errorMessage: missing: expected a string'],
    [{ ...base, name: { first: 'x' } }, 'name: expected a string, got an object'],
  ])('%#: %s', (design, message) => {
    expect(lines(checkDesign(design).errors)).toEqual([message]);
  });

  it('restore refuses them all at once, never with a stack trace', () => {
    const input = { ...base, integration: { ...base.integration, uri: -1, timeoutInMillis: 'soon' } };
    expect(() => restoreDesign(input)).toThrow(DesignFormatError);
    try {
      restoreDesign(input);
    } catch (e) {
      expect(lines((e as DesignFormatError).problems)).toEqual([
        'integration.uri: expected a string, got a number (-1)',
        'integration.timeoutInMillis: expected a number, got the string "soon"',
      ]);
      expect((e as Error).message).not.toMatch(/\bat \w+ \(|object Object/);
    }
  });
});

describe('missing fields are allowed; restore fills the defaults', () => {
  it('a hand-written design with most fields left out (as the conformance runner writes them) restores', () => {
    const handWritten = {
      format: 'integration-designer/1',
      name: 't1',
      method: { httpMethod: 'POST', resourcePath: '/', requestParameters: {} },
      integration: {
        type: 'MOCK',
        requestTemplates: { 'application/json': '$input.body' },
        passthroughBehavior: 'WHEN_NO_MATCH',
        integrationResponses: { '200': { statusCode: '200' } },
      },
      samples: [],
    };
    expect(checkDesign(handWritten)).toEqual({ errors: [], warnings: [] });
    const { design } = restoreDesign(handWritten);
    expect(design.integration.timeoutInMillis).toBe(29000);
    expect(design.api).toEqual({});
  });

  it('the default design passes with no warning', () => {
    expect(checkDesign(defaultDesign())).toEqual({ errors: [], warnings: [] });
  });

  it('null means absent where the type has no null (GetIntegration leaves unset fields out)', () => {
    const { design } = restoreDesign({
      format: 'integration-designer/1',
      integration: { type: 'HTTP', requestTemplates: null, uri: null, cacheKeyParameters: null },
      api: { binaryMediaTypes: null },
      samples: [{ headers: null, body: null }],
      methodResponses: null,
      backend: null,
    });
    expect(design.integration).not.toHaveProperty('requestTemplates');
    expect(design.integration.uri).toBeNull(); // uri may be null (GetIntegration of a MOCK)
    expect(design.api).not.toHaveProperty('binaryMediaTypes');
    expect(design.samples[0]).toEqual({ body: null });
    expect(design).not.toHaveProperty('methodResponses');
    expect(design).not.toHaveProperty('backend');
  });
});

describe('unknown fields are kept, with the nearest known field', () => {
  it.each([
    [
      { requestTemplate: {} },
      'integration.requestTemplate: unknown field — did you mean requestTemplates? (kept as it is)',
    ],
    [
      { timeoutInMilis: 100 },
      'integration.timeoutInMilis: unknown field — did you mean timeoutInMillis? (kept as it is)',
    ],
    [
      { passthroughBehaviour: 'NEVER' },
      'integration.passthroughBehaviour: unknown field — did you mean passthroughBehavior? (kept as it is)',
    ],
  ])('%j', (extra, warning) => {
    const base = defaultDesign();
    const input = { ...base, integration: { ...base.integration, ...extra } };
    const restored = restoreDesign(input);
    expect(lines(restored.warnings)).toEqual([warning]);
    const [key] = Object.keys(extra);
    expect(restored.design.integration[key!]).toEqual(Object.values(extra)[0]);
  });

  it('in samples, expect blocks and backends too; free-form parts ($context, a Lambda result) have none', () => {
    const base = defaultDesign();
    const { warnings } = checkDesign({
      ...base,
      samples: [{ nmae: 'x', context: { anything: { goes: 1 } }, expect: { stauts: 200 } }],
      backend: { lambda: { result: { whatever: true } }, htpp: {} },
    });
    expect(lines(warnings)).toEqual([
      'backend.htpp: unknown field — did you mean http? (kept as it is)',
      'samples[0].expect.stauts: unknown field — did you mean status? (kept as it is)',
      'samples[0].nmae: unknown field — did you mean name? (kept as it is)',
    ]);
  });

  it('a field far from every known name lists the known ones; x- extensions are not warned about', () => {
    const { warnings } = checkDesign({ ...defaultDesign(), 'x-owner': 'pets', zzz: 1 });
    expect(lines(warnings)).toEqual([
      'zzz: unknown field (kept as it is; known fields here: format, name, api, method, integration, methodResponses, samples, backend)',
    ]);
  });
});

describe('nesting is refused before anything recursive runs', () => {
  it('100,000 levels: restore refuses with a message, no RangeError', () => {
    const input = { format: 'integration-designer/1', integration: { type: 'MOCK' }, backend: nested(100_000) };
    expect(() => restoreDesign(input)).toThrow(/nested more than 64 levels deep/);
    expect(lines(checkDesign(input).errors)[0]).toMatch(/nested more than 64 levels deep/);
  });
  it('depthOf stops counting at the limit and never recurses', () => {
    expect(depthOf(nested(100_000), 64)).toBe(65);
    expect(depthOf(nested(10), 64)).toBe(10);
    expect(depthOf('text', 64)).toBe(0);
  });
  it('textDepthOf skips brackets inside strings', () => {
    expect(textDepthOf('{"a": "[[[[[[", "b": [1, {"c": []}]}', 100)).toBe(4);
    expect(textDepthOf('['.repeat(100_000), 100)).toBe(101);
  });
});

describe('samples (docs/design-contracts.md#sample-request) have their own schema', () => {
  it('accepts a full sample and reports a wrong one under the given root', () => {
    expect(
      checkSample({
        name: 'happy path',
        method: 'POST',
        path: '/pets/42',
        headers: { 'Content-Type': 'application/json', Accept: ['a', 'b'] },
        query: { verbose: 'true' },
        body: '{}',
        isBase64Encoded: false,
        stageVariables: {},
        context: { identity: { sourceIp: '203.0.113.9' } },
      }).errors,
    ).toEqual([]);
    expect(lines(checkSample({ body: 42 }, 'sample').errors)).toEqual([
      'sample.body: expected a string, got a number (42)',
    ]);
  });
});
