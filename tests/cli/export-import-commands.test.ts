// `integration-designer export` and `import` (docs/design-contracts.md#command-line) through main() with a fake io.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { nodeIo } from '../../src/cli/io.ts';
import { type CapturedIo, captureIo } from './capture-io.ts';
import { restoreDesign } from '../../src/model/restore.ts';

const DESIGNS = 'tests/fixtures/formats/designs';
const IMPORTS = 'tests/fixtures/formats/import';

/** Reads real files, except `-` which is the given standard input. */
function fakeIo(stdin = ''): CapturedIo {
  return captureIo((path) => (path === '-' ? stdin : nodeIo.readText(path)));
}

async function run(args: string[], stdin?: string) {
  const io = fakeIo(stdin);
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('export command', () => {
  it.each([
    'aws-json',
    'design-json',
    'aws-cli',
    'aws-cli-files',
    'cloudformation',
    'cloudformation-yaml',
    'cloudformation-json',
    'openapi',
    'openapi-yaml',
    'terraform',
  ])('--to %s prints the export and exits 0', async (to) => {
    const r = await run(['export', `${DESIGNS}/mock.design.json`, '--to', to]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
  });

  it('--to aws-json prints get-integration JSON', async () => {
    const r = await run(['export', `${DESIGNS}/http.design.json`, '--to', 'aws-json']);
    expect(JSON.parse(r.stdout)).toMatchObject({
      type: 'HTTP',
      httpMethod: 'PUT',
      integrationResponses: { '404': { selectionPattern: '404' } },
    });
  });

  it('what the format cannot carry is a warning on stderr, not in the output', async () => {
    const r = await run(['export', `${DESIGNS}/http.design.json`, '--to', 'terraform']);
    expect(r.stderr).toMatch(/^warning: api\.binaryMediaTypes: set binary_media_types on aws_api_gateway_rest_api$/m);
    expect(r.stdout).not.toMatch(/warning/);
  });

  const FAILURES: [string, string[], RegExp][] = [
    [
      'no --to',
      ['export', `${DESIGNS}/http.design.json`],
      /--to FORMAT is required\nusage: integration-designer export/,
    ],
    ['an unknown format', ['export', `${DESIGNS}/http.design.json`, '--to', 'pulumi'], /unknown format "pulumi"/],
    ['no file', ['export', '--to', 'aws-json'], /expected exactly one design file/],
    ['a missing file', ['export', 'nope.json', '--to', 'aws-json'], /nope\.json: no such file/],
    [
      'a file that is not JSON',
      ['export', `${IMPORTS}/pets-stack.cfn.yaml`, '--to', 'aws-json'],
      /not valid JSON: .*line 1, column 1/,
    ],
    ['a file that is not a design', ['export', '-', '--to', 'aws-json'], /-: not a design: expected a design document/],
  ];
  it.each(FAILURES)('%s: exit 2 with the reason', async (_label, args, message) => {
    const r = await run(args, '[1, 2]');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('import command', () => {
  it('prints the design document; notes go to stderr', async () => {
    const r = await run(['import', `${IMPORTS}/get-method.json`]);
    expect(r.code).toBe(0);
    const design = restoreDesign(JSON.parse(r.stdout)).design;
    expect(design.method.httpMethod).toBe('GET');
    expect(r.stderr).toMatch(/note: .*resource path/);
  });

  it('--path and --method choose an OpenAPI integration', async () => {
    const r = await run([
      'import',
      `${IMPORTS}/petstore-export.oas30.yaml`,
      '--path',
      '/pets/{petId}',
      '--method',
      'GET',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).integration.type).toBe('AWS_PROXY');
  });

  it('several candidates and no choice: exit 1, the reason, and how to choose each', async () => {
    const r = await run(['import', `${IMPORTS}/petstore-export.oas30.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      "choose one with:\n  --path '/pets' --method GET\n  --path '/pets' --method POST\n  --path '/pets/{petId}' --method GET\n",
    );
  });

  it('--resource chooses a CloudFormation method', async () => {
    const r = await run([
      'import',
      `${IMPORTS}/pets-stack.cfn.yaml`,
      '--resource',
      'ListPets',
      '--from',
      'cloudformation',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).method.resourcePath).toBe('/pets');
  });

  it('--base keeps the samples of a design; reads standard input with -', async () => {
    const exported = await run(['export', `${DESIGNS}/aws.design.json`, '--to', 'aws-json']);
    const r = await run(['import', '-', '--base', `${DESIGNS}/http.design.json`], exported.stdout);
    expect(r.code).toBe(0);
    const design = JSON.parse(r.stdout);
    expect(design.integration.type).toBe('AWS');
    expect(design.name).toBe('Create pet (HTTP)');
  });

  it('export then import gives the same design document, byte for byte (design-json)', async () => {
    const exported = await run(['export', `${DESIGNS}/http.design.json`, '--to', 'design-json']);
    const r = await run(['import', '-'], exported.stdout);
    expect(r.stdout).toBe(exported.stdout);
  });

  const FAILURES: [string, string[], number, RegExp][] = [
    ['a missing file', ['import', 'nope.yaml'], 2, /nope\.yaml: no such file/],
    [
      'an unknown --from',
      ['import', `${IMPORTS}/get-method.json`, '--from', 'raml'],
      2,
      /unknown format "raml"\nusage: integration-designer import/,
    ],
    ['an unknown option', ['import', `${IMPORTS}/get-method.json`, '--verbose'], 2, /unknown option --verbose/],
    ['a base that is not a design', ['import', `${IMPORTS}/get-method.json`, '--base', '-'], 2, /-: not a design/],
    [
      'a file that is not what --from says',
      ['import', `${IMPORTS}/get-method.json`, '--from', 'openapi'],
      1,
      /OpenAPI document: openapi: expected an OpenAPI 3 or Swagger 2 document/,
    ],
    [
      'a method that is not in the template',
      ['import', `${IMPORTS}/pets-stack.cfn.yaml`, '--resource', 'Missing'],
      1,
      /Resources\.Missing: no AWS::ApiGateway::Method/,
    ],
    ['a file of no known kind', ['import', '-'], 1, /-: cannot tell what this file is/],
  ];
  it.each(FAILURES)('%s: exit %i with the reason', async (_label, args, code, message) => {
    const r = await run(args, '"a string"');
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
