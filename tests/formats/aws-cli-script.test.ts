// The AWS CLI exports, run through bash with a stub `aws` (helpers/run-cli-script.ts): the arguments and
// --cli-input-json files the CLI would receive rebuild the design exactly, whatever the templates contain.
// Option names: https://docs.aws.amazon.com/cli/latest/reference/apigateway/put-integration.html and
// .../put-integration-response.html, .../put-method.html, .../put-method-response.html
import { describe, expect, it } from 'vitest';
import { exportAwsCli, exportAwsCliFiles } from '../../src/formats/aws-cli/export.ts';
import type { Design } from '../../src/model/types.ts';
import { DESIGN_NAMES, loadDesign, meaning } from './helpers/designs.ts';
import { optionsOf, runCliScript } from './helpers/run-cli-script.ts';
import type { RecordedCall } from './helpers/run-cli-script.ts';

const JSON_OPTIONS = new Set([
  'request-parameters',
  'request-templates',
  'cache-key-parameters',
  'response-parameters',
  'response-templates',
  'response-models',
  'tls-config',
]);
const camel = (option: string) => option.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** What one call asked for, in API field names: from its options (inline) or its --cli-input-json file. */
function requestOf(call: RecordedCall): { command: string; input: Record<string, unknown> } {
  const { command, options } = optionsOf(call);
  const input: Record<string, unknown> = {};
  const file = options['cli-input-json'];
  if (file) Object.assign(input, JSON.parse(call.files[file]!));
  for (const [option, value] of Object.entries(options)) {
    if (option === 'cli-input-json') continue;
    input[camel(option)] = JSON_OPTIONS.has(option)
      ? JSON.parse(value)
      : option === 'timeout-in-millis'
        ? Number(value)
        : value;
  }
  return { command, input };
}

/** The design's method, responses and integration as the recorded calls would set them in API Gateway. */
function rebuild(calls: RecordedCall[]) {
  const requests = calls.map(requestOf);
  const one = (command: string) => requests.filter((r) => r.command === command).map((r) => r.input);
  const [method] = one('put-method');
  const [put] = one('put-integration');
  const { restApiId: _a, resourceId: _b, httpMethod: verb, integrationHttpMethod, ...integration } = put!;
  const responses = (command: string) =>
    Object.fromEntries(
      one(command).map(({ restApiId: _r, resourceId: _s, httpMethod: _h, ...r }) => [r.statusCode, r]),
    );
  return {
    ids: requests.map((r) => [r.input.restApiId, r.input.resourceId]),
    verbs: requests.map((r) => r.input.httpMethod),
    method: { httpMethod: method!.httpMethod, requestParameters: method!.requestParameters },
    methodResponses: responses('put-method-response'),
    integration: {
      ...integration,
      httpMethod: integrationHttpMethod,
      integrationResponses: responses('put-integration-response'),
    } as Record<string, unknown>,
    verb,
  };
}

const expected = (d: Design) => ({
  method: { httpMethod: d.method.httpMethod, requestParameters: d.method.requestParameters },
  methodResponses: d.methodResponses ?? {},
  integration: d.integration,
});

describe.each([
  ['aws-cli (inline single-quoted JSON)', exportAwsCli],
  ['aws-cli-files (--cli-input-json heredoc files)', exportAwsCliFiles],
])('%s run through bash', (_label, exporter) => {
  it.each(DESIGN_NAMES)('the %s design: the CLI receives exactly the design', (name) => {
    const design = loadDesign(name);
    const calls = runCliScript(exporter(design).text);
    const got = rebuild(calls);
    expect(meaning({ method: got.method, methodResponses: got.methodResponses, integration: got.integration })).toEqual(
      meaning(expected(design)),
    );
    // --http-method is the METHOD's verb on every call; the backend's goes in --integration-http-method.
    expect(new Set(got.verbs)).toEqual(new Set([design.method.httpMethod]));
    expect(new Set(got.ids.map((pair) => pair.join('/')))).toEqual(new Set(['a1b2c3/r9']));
  });

  it('templates with quotes, newlines, $, ${...}, backslashes, tabs and non-ASCII arrive byte for byte', () => {
    const design = loadDesign('http');
    const nasty =
      "it's '\\'' \"q\" $HOME $(echo pwned) `id` ${x} \\n \\\\ \t tab\nnew line\n\u00e9\u2603\ud83d\ude00 '\n";
    design.integration.requestTemplates = { 'application/json': nasty, "text/it's": nasty };
    const got = rebuild(runCliScript(exporter(design).text));
    expect(got.integration.requestTemplates).toEqual({ 'application/json': nasty, "text/it's": nasty });
  });

  it('CREATE_METHOD=false skips put-method and put-method-response', () => {
    const calls = runCliScript(exporter(loadDesign('http')).text, {
      REST_API_ID: 'a',
      RESOURCE_ID: 'b',
      CREATE_METHOD: 'false',
    });
    expect(calls.map((c) => c.argv[1])).toEqual([
      'put-integration',
      'put-integration-response',
      'put-integration-response',
      'put-integration-response',
    ]);
  });

  it('refuses to run without REST_API_ID and RESOURCE_ID', () => {
    expect(() => runCliScript(exporter(loadDesign('http')).text, {})).toThrow(/Set REST_API_ID and RESOURCE_ID/);
  });
});

it('a selection pattern that starts with "-" is passed as --selection-pattern=... (argparse would read it as an option)', () => {
  const design = loadDesign('http');
  design.integration.integrationResponses!['500']!.selectionPattern = '-.*';
  expect(exportAwsCli(design).text).toContain("--selection-pattern='-.*'");
});

it('--cli-input-json documents use the request keys of put-integration (https://docs.aws.amazon.com/cli/latest/reference/apigateway/put-integration.html)', async () => {
  const { putIntegrationInput, putIntegrationResponseInputs } = await import('../../src/formats/aws-cli/cli-inputs.ts');
  const design = loadDesign('http');
  const input = putIntegrationInput(design, { restApiId: 'a1b2c3', resourceId: 'r9' });
  expect(Object.keys(input)).toEqual([
    'restApiId',
    'resourceId',
    'httpMethod',
    'type',
    'integrationHttpMethod',
    'uri',
    'connectionType',
    'requestParameters',
    'requestTemplates',
    'passthroughBehavior',
    'contentHandling',
    'timeoutInMillis',
    'cacheNamespace',
    'cacheKeyParameters',
  ]);
  expect([input.httpMethod, input.integrationHttpMethod]).toEqual(['POST', 'PUT']);
  expect(putIntegrationResponseInputs(design, { restApiId: 'a1b2c3', resourceId: 'r9' })[2]).toEqual({
    restApiId: 'a1b2c3',
    resourceId: 'r9',
    httpMethod: 'POST',
    statusCode: '500',
    selectionPattern: '5\\d{2}',
    contentHandling: 'CONVERT_TO_TEXT',
  });
});

it.each([
  [
    'the design name',
    (d: ReturnType<typeof loadDesign>) => {
      d.name = 'x\naws injected "$(id)"';
    },
  ],
  [
    'the resource path',
    (d: ReturnType<typeof loadDesign>) => {
      d.method.resourcePath = '/a\raws injected';
    },
  ],
  [
    'the URI',
    (d: ReturnType<typeof loadDesign>) => {
      d.integration.uri = 'https://x\u2028\naws injected';
    },
  ],
])('a line break in %s cannot escape its comment and run a command', (_label, change) => {
  const design = loadDesign('http');
  change(design);
  for (const exporter of [exportAwsCli, exportAwsCliFiles]) {
    const calls = runCliScript(exporter(design).text);
    expect(calls.map((c) => c.argv[0])).not.toContain('injected');
  }
});
