// A tests file (`*.tests.yaml|yml|json`): tests of the user's own API definition.
//   api: ./template.yaml          # CloudFormation/SAM, OpenAPI 3 / Swagger 2, get-resources output, or a design
//   parameters: { Stage: prod }   # template parameters (and pseudo parameters such as AWS::Region)
//   stageVariables: { env: dev }  # over those the definition declares
//   backend: { ... }              # optional: what the mocked backends answer, for every test (a design's backend)
//   tests:
//     - name: create pet
//       operation: POST /pets/{petId}    # the method as declared: verb and resource path
//       request: { path: /pets/42, headers: { Content-Type: application/json }, body: '{"name":"Rex"}' }
//       backend: { lambda: { result: { id: 42 } } }
//       expect: { status: 200, integrationRequestJson: { "$.name": "Rex" } }
//       model: NewPet                   # optional: a model of the API the integration request must satisfy (or schema:)
// Every mistake is a TestsFileError with the line and column it is at.
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { SampleExpect, SampleRequest } from '../model/types.ts';

export class TestsFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export interface TestsFileTest {
  name: string;
  /** "VERB /resource/path" as written, and split. */
  operation: string;
  verb: string;
  resourcePath: string;
  request: SampleRequest;
  backend?: Record<string, unknown>;
  stageVariables?: Record<string, string>;
  expect: SampleExpect;
  /** Where the test is in the tests file. */
  line: number;
  column: number;
}

export interface TestsFile {
  api: string;
  name?: string;
  parameters: Record<string, unknown>;
  stageVariables: Record<string, string>;
  backend?: Record<string, unknown>;
  tests: TestsFileTest[];
}

const ROOT_KEYS = ['api', 'name', 'parameters', 'stageVariables', 'backend', 'tests'];
const TEST_KEYS = ['name', 'operation', 'request', 'backend', 'stageVariables', 'expect', 'model', 'schema'];
const REQUEST_KEYS = ['method', 'path', 'headers', 'query', 'body', 'isBase64Encoded', 'stageVariables', 'context'];

/** Whether a parsed file is a tests file rather than a design document. */
export function looksLikeTestsFile(value: unknown): boolean {
  return isObject(value) && 'tests' in value && 'api' in value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

class Reader {
  readonly counter = new LineCounter();
  readonly doc: Document;

  constructor(text: string) {
    this.doc = parseDocument(text, { lineCounter: this.counter, uniqueKeys: true, prettyErrors: false });
    const first = this.doc.errors[0];
    if (first) {
      const { line, col } = this.counter.linePos(first.pos[0]);
      throw new TestsFileError(`not valid YAML or JSON: ${first.message.split('\n')[0]}`, line, col);
    }
  }

  /** Line and column of the value at a path (or of the nearest enclosing value that exists). */
  at(path: (string | number)[]): { line: number; column: number } {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      if (offset !== undefined) {
        const { line, col } = this.counter.linePos(offset);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  }

  fail(path: (string | number)[], message: string): never {
    const { line, column } = this.at(path);
    throw new TestsFileError(`${path.join('.') || '(top)'}: ${message}`, line, column);
  }

  /** The key's position itself (an unknown key is reported where it is written). */
  failKey(path: (string | number)[], key: string, message: string): never {
    const parent = this.doc.getIn(path, true);
    const pair = isMap(parent) ? parent.items.find((p) => String((p.key as { value?: unknown })?.value) === key) : null;
    const offset = (pair?.key as { range?: number[] } | undefined)?.range?.[0];
    if (offset === undefined) this.fail([...path, key], message);
    const { line, col } = this.counter.linePos(offset);
    throw new TestsFileError(`${[...path, key].join('.')}: ${message}`, line, col);
  }
}

function checkKeys(r: Reader, value: Record<string, unknown>, path: (string | number)[], known: string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) r.failKey(path, key, `unknown key (expected one of ${known.join(', ')})`);
  }
}

function optionalObject(r: Reader, value: unknown, path: (string | number)[]): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) r.fail(path, 'expected a map');
  return value;
}

function stringMap(r: Reader, value: unknown, path: (string | number)[]): Record<string, string> | undefined {
  const map = optionalObject(r, value, path);
  if (!map) return undefined;
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

export function readTestsFile(text: string): TestsFile {
  const r: Reader = new Reader(text);
  const root: unknown = r.doc.toJS({ maxAliasCount: 100 });
  if (!isObject(root)) r.fail([], 'expected a map with api: and tests:');
  checkKeys(r, root, [], ROOT_KEYS);
  if (typeof root.api !== 'string' || root.api === '')
    r.fail(['api'], 'expected the path of the API definition (a CloudFormation/SAM template or an OpenAPI file)');
  const testsNode = r.doc.get('tests', true);
  if (!Array.isArray(root.tests) || !isSeq(testsNode)) r.fail(['tests'], 'expected a list of tests');
  const tests = root.tests.map((t, i) => readTest(r, t, i));
  return {
    api: root.api,
    ...(typeof root.name === 'string' ? { name: root.name } : {}),
    parameters: optionalObject(r, root.parameters, ['parameters']) ?? {},
    stageVariables: stringMap(r, root.stageVariables, ['stageVariables']) ?? {},
    ...(root.backend != null ? { backend: optionalObject(r, root.backend, ['backend']) } : {}),
    tests,
  };
}

function readTest(r: Reader, value: unknown, index: number): TestsFileTest {
  const path = ['tests', index];
  if (!isObject(value)) r.fail(path, 'expected a test: name, operation, request, expect');
  checkKeys(r, value, path, TEST_KEYS);
  if (typeof value.name !== 'string' || value.name === '') r.fail([...path, 'name'], 'expected the name of the test');
  const operation = value.operation;
  const m = typeof operation === 'string' ? /^\s*([A-Za-z]+)\s+(\/\S*)\s*$/.exec(operation) : null;
  if (!m) r.fail([...path, 'operation'], 'expected "VERB /resource/path", e.g. "POST /pets/{petId}"');
  const verb = m[1]!.toUpperCase();
  const resourcePath = m[2]!;
  const request = optionalObject(r, value.request, [...path, 'request']) ?? {};
  checkKeys(r, request, [...path, 'request'], REQUEST_KEYS);
  const sample: SampleRequest = { ...request, name: value.name };
  // A body written as YAML/JSON structure is sent as its JSON text (what a client would send).
  if (request.body !== undefined && request.body !== null && typeof request.body !== 'string')
    sample.body = JSON.stringify(request.body);
  sample.method ??= verb === 'ANY' ? 'GET' : verb;
  if (sample.path === undefined) {
    if (resourcePath.includes('{'))
      r.fail([...path, 'request'], `path: required, since ${resourcePath} has path parameters (e.g. path: /pets/42)`);
    sample.path = resourcePath;
  }
  // What the integration request must satisfy besides `expect`: a model of the API, or a JSON Schema
  // (docs/design-contracts.md#models).
  if (value.model !== undefined) {
    if (typeof value.model !== 'string' || value.model === '')
      r.fail([...path, 'model'], 'expected the name of a model of the API');
    sample.model = value.model;
  }
  const schema = optionalObject(r, value.schema, [...path, 'schema']);
  if (schema) sample.schema = schema;
  const expect = optionalObject(r, value.expect, [...path, 'expect']);
  if (!expect) r.fail([...path, 'expect'], 'expected what the test checks (status, integrationRequestBody, ...)');
  const backend = optionalObject(r, value.backend, [...path, 'backend']);
  const stageVariables = stringMap(r, value.stageVariables, [...path, 'stageVariables']);
  return {
    name: value.name,
    operation: operation as string,
    verb,
    resourcePath,
    request: sample,
    ...(backend ? { backend } : {}),
    ...(stageVariables ? { stageVariables } : {}),
    expect: expect as SampleExpect,
    ...r.at(path),
  };
}
