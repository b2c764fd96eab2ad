// restoreDesign and parseDesignJson: fixture files of every format (tests/fixtures/designs), migration of the
// assumed integration-designer/0 format (see src/model/migrate.ts), defaults, unknown fields, refusals.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DESIGN_FORMAT,
  DesignFormatError,
  parseDesignJson,
  restoreDesign,
  serializeDesign,
  validateDesign,
} from '../../src/model/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/designs/${name}`, import.meta.url), 'utf8');
const load = (name: string) => parseDesignJson(fixture(name));

describe('valid fixtures restore unchanged and validate', () => {
  it.each([
    'valid-http.json',
    'valid-lambda-proxy.json',
    'valid-aws-s3.json',
    'valid-mock.json',
    'unknown-fields.json',
  ])('%s', (name) => {
    const { design, notes } = load(name);
    expect(notes).toEqual([]);
    expect(design.format).toBe(DESIGN_FORMAT);
    expect(validateDesign(design)).toEqual([]);
  });
  it('valid-http.json is exactly serializeDesign(restore(it)) (round trip)', () => {
    expect(serializeDesign(load('valid-http.json').design)).toBe(fixture('valid-http.json'));
  });
});

describe('integration-designer/0 (assumed prototype format) is migrated', () => {
  it('a file with no format: templates -> integration.requestTemplates, integrationHttpMethod -> httpMethod, sample -> samples', () => {
    const { design, notes } = load('v0-no-format.json');
    expect(design.format).toBe(DESIGN_FORMAT);
    expect(design.integration.requestTemplates).toEqual({ 'application/json': '{"name": "$input.path(\'$.name\')"}' });
    expect(design.integration.httpMethod).toBe('POST');
    expect(design.integration).not.toHaveProperty('integrationHttpMethod');
    expect(design).not.toHaveProperty('templates');
    expect(design).not.toHaveProperty('sample');
    expect(design.samples).toEqual([{ name: 'happy path', method: 'POST', path: '/pets', body: '{"name": "Rex"}' }]);
    expect(notes).toEqual([
      'no "format": read as an integration-designer/0 document and upgraded to integration-designer/1',
      'templates moved to integration.requestTemplates',
      'integration.integrationHttpMethod renamed to integration.httpMethod',
      'sample moved into samples',
    ]);
  });
  it('"integration-designer/0": every renamed field, /1 fields win on conflicts, unknown fields kept', () => {
    const { design, notes } = load('v0-explicit.json');
    expect(design.integration.requestTemplates).toEqual({ 'application/json': '{}', 'application/xml': '<pet/>' });
    expect(design.integration.requestParameters).toEqual({
      'integration.request.path.id': 'method.request.path.petId',
      'integration.request.querystring.verbose': 'method.request.querystring.verbose',
    });
    expect(design.api).toEqual({ stageVariables: { backend: 'pets.example.com' }, binaryMediaTypes: ['image/png'] });
    expect(Object.keys(design.integration.integrationResponses!)).toEqual(['200', '404']);
    expect(design.integration.integrationResponses!['404']).toEqual({ statusCode: '404', selectionPattern: '404' });
    expect(design.samples.map((s) => s.name)).toEqual(['first', 'second']);
    expect(design['x-team']).toBe('pets');
    expect(notes).toContain('templates: "application/xml" also in integration.requestTemplates, which wins');
    expect(notes).toContain(
      'integration.responses (a list) became integration.integrationResponses, keyed by statusCode',
    );
    expect(validateDesign(design)).toEqual([]);
  });
});

describe('refused', () => {
  it('a newer format, clearly (never silently)', () => {
    expect(() => load('future-format.json')).toThrow(
      'format: "integration-designer/2" is newer than this version of Integration Designer can read (up to "integration-designer/1"); open it with a newer version',
    );
  });
  it('a fixture whose requestTemplates is a string', () => {
    expect(() => load('not-a-design.json')).toThrow(
      /^integration\.requestTemplates: expected an object of media type -> template, got the string/,
    );
  });
  it('JSON syntax errors with line and column', () => {
    try {
      load('syntax-error.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DesignFormatError);
      expect((e as DesignFormatError).position).toEqual({ line: 3, column: 36 });
      expect((e as Error).message).toMatch(/^line 3, column 36: not valid JSON: /);
    }
  });
  it.each([
    [[], 'expected a design document (a JSON object), got an array'],
    ['design', 'expected a design document (a JSON object), got the string "design"'],
    [{ format: 'something-else/1' }, 'format: unknown format "something-else/1"; expected "integration-designer/1"'],
    [{ format: 1 }, 'format: expected a string like "integration-designer/1", got 1'],
    [
      { format: DESIGN_FORMAT, integration: [] },
      'integration: expected an object with the integration type, uri, templates, ..., got an array',
    ],
    [
      { format: DESIGN_FORMAT, integration: { uri: 'https://x' } },
      'integration.type: missing; expected one of HTTP, HTTP_PROXY, AWS, AWS_PROXY, MOCK',
    ],
    [
      { format: DESIGN_FORMAT, integration: { type: 'HTTP', requestParameters: ['a'] } },
      'integration.requestParameters: expected an object',
    ],
    [
      { format: DESIGN_FORMAT, integration: { type: 'HTTP', integrationResponses: { '200': 'ok' } } },
      'integration.integrationResponses["200"]: expected an integration response object',
    ],
    [
      { format: DESIGN_FORMAT, integration: { type: 'MOCK' }, samples: {} },
      'samples: expected an array of sample requests, got an object',
    ],
    [
      { format: DESIGN_FORMAT, integration: { type: 'MOCK' }, samples: [{}, 3] },
      'samples[1]: expected a sample request object, got a number (3)',
    ],
    [
      { format: DESIGN_FORMAT, integration: { type: 'MOCK' }, samples: [{ headers: 'x' }] },
      'samples[0].headers: expected an object',
    ],
    [{ format: DESIGN_FORMAT, name: 7, integration: { type: 'MOCK' } }, 'name: expected a string, got a number (7)'],
    [
      { format: DESIGN_FORMAT, api: { binaryMediaTypes: 'image/png' }, integration: { type: 'MOCK' } },
      'api.binaryMediaTypes: expected an array of media types',
    ],
    [
      { format: DESIGN_FORMAT, integration: { type: 'MOCK' }, backend: { http: [] } },
      'backend.http: expected an object',
    ],
    [{ templates: 'x', integration: { type: 'MOCK' } }, 'templates: expected an object'],
  ])('%j', (input, message) => {
    expect(() => restoreDesign(input)).toThrow(DesignFormatError);
    expect(() => restoreDesign(input)).toThrow(message);
  });
});

describe('defaults and what is left to the validator', () => {
  it('fills what GetIntegration returns when omitted: timeout 29000, WHEN_NO_MATCH, INTERNET, []', () => {
    const { design } = restoreDesign({
      format: DESIGN_FORMAT,
      method: { httpMethod: 'GET', resourcePath: '/' },
      integration: { type: 'HTTP', httpMethod: 'GET', uri: 'https://x.example/' },
    });
    expect(design.integration).toEqual({
      type: 'HTTP',
      httpMethod: 'GET',
      uri: 'https://x.example/',
      timeoutInMillis: 29000,
      passthroughBehavior: 'WHEN_NO_MATCH',
      connectionType: 'INTERNET',
      cacheKeyParameters: [],
    });
    expect(design).toMatchObject({ name: 'Untitled integration', api: {}, samples: [] });
    expect(design).not.toHaveProperty('methodResponses');
  });
  it('adds no connectionType to AWS or MOCK', () => {
    expect(
      restoreDesign({ format: DESIGN_FORMAT, integration: { type: 'MOCK' } }).design.integration,
    ).not.toHaveProperty('connectionType');
  });
  it('notes a missing method and integration', () => {
    const { design, notes } = restoreDesign({ format: DESIGN_FORMAT });
    expect(design.method).toEqual({ httpMethod: 'GET', resourcePath: '/' });
    expect(design.integration.type).toBe('MOCK');
    expect(notes).toEqual(['no method: GET / was assumed', 'no integration: a MOCK integration was added']);
  });
  it('fills a response statusCode from its key', () => {
    const { design } = restoreDesign({
      format: DESIGN_FORMAT,
      integration: { type: 'MOCK', integrationResponses: { '200': {} } },
      methodResponses: { '200': {} },
    });
    expect(design.integration.integrationResponses!['200']!.statusCode).toBe('200');
    expect(design.methodResponses!['200']!.statusCode).toBe('200');
  });
  it('passes values of the right type through for validateDesign to judge (an unknown integration type)', () => {
    const { design } = restoreDesign({
      format: DESIGN_FORMAT,
      integration: { type: 'HTTPS_PROXY', timeoutInMillis: 10 },
    });
    expect(design.integration).toMatchObject({ type: 'HTTPS_PROXY', timeoutInMillis: 10 });
    expect(validateDesign(design).map((p) => p.path)).toEqual(
      expect.arrayContaining(['integration.type', 'integration.timeoutInMillis']),
    );
  });
  it('refuses wrong types with every path: message (a boolean mapping, a string timeout)', () => {
    const input = {
      format: DESIGN_FORMAT,
      integration: {
        type: 'HTTP',
        timeoutInMillis: 'soon',
        requestParameters: { 'integration.request.path.id': true },
      },
    };
    let error: DesignFormatError | null = null;
    try {
      restoreDesign(input);
    } catch (e) {
      error = e as DesignFormatError;
    }
    expect(error?.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'integration.requestParameters["integration.request.path.id"]: expected a string, got a boolean (true)',
      'integration.timeoutInMillis: expected a number, got the string "soon"',
    ]);
  });
  it('does not alias or change its input', () => {
    const input = {
      format: DESIGN_FORMAT,
      integration: { type: 'MOCK', requestTemplates: { 'application/json': '{}' } },
    };
    const snapshot = structuredClone(input);
    const { design } = restoreDesign(input);
    design.integration.requestTemplates!['text/plain'] = 'x';
    expect(input).toEqual(snapshot);
  });
  it('keeps unknown fields at every level', () => {
    const { design } = load('unknown-fields.json');
    expect(design['x-owner']).toEqual({ team: 'pets', oncall: ['ana', 'bo'] });
    expect(design.api.endpointConfiguration).toEqual({ types: ['REGIONAL'] });
    expect(design.method.authorizationType).toBe('NONE');
    expect(design.integration.tlsConfig).toEqual({ insecureSkipVerification: false });
    expect(design.integration.integrationResponses!['200']!['x-comment']).toBe('catch-all');
    expect(design.samples[0]!['x-tags']).toEqual(['smoke']);
    expect(design.backend!['x-latency']).toBe('p99');
    expect(JSON.parse(serializeDesign(design))['x-owner']).toEqual({ team: 'pets', oncall: ['ana', 'bo'] });
  });
});
