// A whole API definition opened as a workspace: every method readApiDesigns finds, each with a sample request that
// reaches it and a mock backend that fits it; the API-level settings kept once and shared by every method — as in API
// Gateway, where binaryMediaTypes belong to the RestApi
// (https://docs.aws.amazon.com/apigateway/latest/api/API_RestApi.html) and stage variables to the stage
// (https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiWorkspace } from '../../src/workspace/open-api-workspace.ts';
import { workspaceCandidate } from '../../src/workspace/open-source.ts';
import { serializeWorkspace } from '../../src/workspace/restore-workspace.ts';
import { designOf, filterMethods, withDesign } from '../../src/workspace/workspace-methods.ts';

const read = (path: string) => readFileSync(path, 'utf8');

function open(name: string, text: string) {
  const opened = openApiWorkspace(name, text);
  if (!opened.ok) throw new Error(opened.error);
  return opened;
}

describe('opening an API definition as a workspace', () => {
  it.each([
    [
      'OpenAPI with x-amazon-apigateway-integration',
      'e2e/fixtures/pets-api.yaml',
      'openapi',
      ['GET /pets', 'POST /pets', 'OPTIONS /pets', 'GET /pets/{petId}', 'DELETE /pets/{petId}'],
    ],
    [
      'a SAM template',
      'examples/sam-pets/template.yaml',
      'cloudformation',
      expect.arrayContaining(['POST /pets', 'OPTIONS /pets']),
    ],
    [
      'another OpenAPI export',
      'examples/openapi-orders/openapi.yaml',
      'openapi',
      ['GET /orders/{orderId}', 'POST /orders', 'GET /orders/{orderId}/invoice'],
    ],
  ])('%s: every method, in file order', (_kind, path, kind, keys) => {
    const { workspace } = open(path.split('/').pop()!, read(path));
    expect(workspace.source).toEqual({ fileName: path.split('/').pop(), kind, text: read(path) });
    expect(workspace.methods.map((m) => m.key)).toEqual(keys);
    expect(workspace.selected).toBe(workspace.methods[0]!.key);
  });

  it('gives each method a sample that reaches it (its verb, an example path) and untested status', () => {
    const { workspace } = open('pets-api.yaml', read('e2e/fixtures/pets-api.yaml'));
    const byKey = new Map(workspace.methods.map((m) => [m.key, m]));
    expect(byKey.get('GET /pets/{petId}')!.design.samples).toEqual([
      expect.objectContaining({ method: 'GET', path: '/pets/42' }),
    ]);
    expect(byKey.get('DELETE /pets/{petId}')!.design.backend).toMatchObject({
      lambda: { result: { statusCode: 200 } },
    });
    expect(workspace.methods.every((m) => m.status.state === 'untested')).toBe(true);
  });

  it('keeps the binary media types once, for every method', () => {
    const { workspace } = open('pets-api.yaml', read('e2e/fixtures/pets-api.yaml'));
    expect(workspace.api.binaryMediaTypes).toEqual(['image/png']);
    for (const m of workspace.methods) expect(designOf(workspace, m.key)!.api.binaryMediaTypes).toEqual(['image/png']);
  });

  it('refuses a file that is not an API definition, naming the file', () => {
    expect(openApiWorkspace('notes.yaml', 'just: text')).toEqual({
      ok: false,
      error: expect.stringMatching(/^notes\.yaml: cannot tell what this file is/),
    });
  });

  it('says which declared methods were left out, and why', () => {
    const text = read('e2e/fixtures/pets-api.yaml').replace(
      '  /pets/{petId}:\n',
      '  /toys:\n    get:\n      responses: { "200": { description: toys } }\n  /pets/{petId}:\n',
    );
    const { notes, workspace } = open('pets-api.yaml', text);
    expect(workspace.methods).toHaveLength(5);
    expect(notes).toEqual([expect.stringMatching(/^GET \/toys was left out: .*no x-amazon-apigateway-integration/)]);
  });
});

describe('what the import dialog offers', () => {
  it.each([
    ['an API of several methods', 'pets-api.yaml', read('e2e/fixtures/pets-api.yaml'), 'api'],
    [
      'a workspace file',
      'pets.workspace.json',
      serializeWorkspace(open('p', read('e2e/fixtures/pets-api.yaml')).workspace),
      'workspace-file',
    ],
    ['a design document', 'd.json', read('examples/dynamodb/put-item.design.json'), 'api'],
    ['text that is no API', 'x.txt', 'hello: world', 'none'],
    ['a damaged workspace file', 'w.json', '{"format": "integration-designer-workspace/1", "methods": 3}', 'refused'],
  ])('%s -> %s', (_name, fileName, text, kind) => {
    expect(workspaceCandidate(fileName, text).kind).toBe(kind);
  });

  it('a damaged workspace file says what and where', () => {
    expect(workspaceCandidate('w.json', '{"format": "integration-designer-workspace/1", "methods": 3}')).toEqual({
      kind: 'refused',
      error: 'w.json: not a workspace this designer can open: methods: expected an array of methods, got a number (3)',
    });
  });
});

describe('the methods of a workspace', () => {
  const { workspace } = open('pets-api.yaml', read('e2e/fixtures/pets-api.yaml'));

  it('an edit of one method’s API settings (stage variables) is every method’s', () => {
    const edited = designOf(workspace, 'POST /pets')!;
    const next = withDesign(workspace, 'POST /pets', {
      ...edited,
      api: { ...edited.api, stageVariables: { table: 'pets-prod' } },
    });
    expect(designOf(next, 'GET /pets')!.api.stageVariables).toEqual({ table: 'pets-prod' });
    expect(designOf(next, 'DELETE /pets/{petId}')!.api.stageVariables).toEqual({ table: 'pets-prod' });
    expect(workspace.api.stageVariables).toBeUndefined(); // the original is not changed
  });

  it('an unchanged design leaves the workspace object as it is', () => {
    const method = workspace.methods[0]!;
    const same = { ...workspace, api: method.design.api };
    expect(withDesign(same, method.key, method.design)).toBe(same);
  });

  it.each([
    ['', 5],
    ['post', 1],
    ['/pets/{petId}', 2],
    ['aws_proxy', 1],
    ['mock /pets', 2],
    ['untested delete', 1],
    ['PUT', 0],
  ])('search “%s” finds %i', (search, count) => {
    expect(filterMethods(workspace.methods, search)).toHaveLength(count);
  });
});
