// Importing the files people have: CLI output, API Gateway's OpenAPI export, hand-written CloudFormation stacks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDesign } from '../../src/formats/import-design.ts';
import { FIXTURES, loadDesign } from './helpers/designs.ts';

const read = (name: string) => readFileSync(`${FIXTURES}import/${name}`, 'utf8');

describe('aws-json: CLI output (https://docs.aws.amazon.com/apigateway/latest/api/API_GetIntegration.html)', () => {
  it('get-integration output becomes the integration; the method comes from the base design', () => {
    const base = loadDesign('http');
    const result = importDesign(read('get-integration.json'), { base });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe('aws-json');
    expect(result.design.integration.type).toBe('AWS');
    expect(result.design.integration.integrationResponses!['400']!.selectionPattern).toBe('Bad request.*');
    expect(result.design.method).toEqual(base.method);
    expect(result.design.samples).toEqual(base.samples);
    // API Gateway prints `null` for a template entry without body; the design holds text.
    expect(result.design.integration.integrationResponses!['200']!.responseTemplates).toEqual({
      'application/json': '',
    });
    expect(result.notes.join('\n')).toMatch(/null \(no body\)/);
  });

  it('get-method output gives the method verb, its parameters and responses, and methodIntegration', () => {
    const result = importDesign(read('get-method.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.method).toMatchObject({
      httpMethod: 'GET',
      requestParameters: { 'method.request.path.petId': true, 'method.request.querystring.verbose': false },
    });
    expect(result.design.methodResponses!['200']!.responseModels).toEqual({ 'application/json': 'Empty' });
    expect(result.design.integration.uri).toBe(
      'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets/{petId}',
    );
    expect(result.notes.join('\n')).toMatch(/resource path/);
  });

  it('a put-integration --cli-input-json document: httpMethod is the method verb, integrationHttpMethod the backend verb', () => {
    const text = JSON.stringify({
      restApiId: 'a',
      resourceId: 'b',
      httpMethod: 'GET',
      type: 'HTTP',
      integrationHttpMethod: 'POST',
      uri: 'https://x.example/',
    });
    const result = importDesign(text, { from: 'aws-json' });
    expect(result.ok && [result.design.method.httpMethod, result.design.integration.httpMethod]).toEqual([
      'GET',
      'POST',
    ]);
  });
});

describe('openapi: API Gateway export (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html)', () => {
  const text = read('petstore-export.oas30.yaml');

  it('several integrations and no choice: the error lists them (OPTIONS without integration is not one)', () => {
    const result = importDesign(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/3 integrations.*GET \/pets, POST \/pets, GET \/pets\/\{petId\}/);
    expect(result.candidates).toEqual([
      { label: 'GET /pets', path: '/pets', method: 'GET' },
      { label: 'POST /pets', path: '/pets', method: 'POST' },
      { label: 'GET /pets/{petId}', path: '/pets/{petId}', method: 'GET' },
    ]);
  });

  it('path + method choose one; lower-case spellings become the API spellings', () => {
    const result = importDesign(text, { path: '/pets', method: 'get' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { design } = result;
    expect(design.name).toBe('PetStore');
    expect(design.api).toMatchObject({ binaryMediaTypes: ['image/png'], stageName: 'prod' });
    expect(design.method).toEqual({
      httpMethod: 'GET',
      resourcePath: '/pets',
      requestParameters: { 'method.request.querystring.type': false, 'method.request.querystring.page': false },
    });
    expect(design.integration).toMatchObject({ type: 'HTTP', passthroughBehavior: 'WHEN_NO_MATCH', httpMethod: 'GET' });
    // "default" is the response without a selection pattern.
    expect(design.integration.integrationResponses).toEqual({
      '200': { statusCode: '200', responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" } },
    });
    expect(design.methodResponses).toEqual({
      '200': {
        statusCode: '200',
        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false },
        responseModels: { 'application/json': 'Pets' },
      },
    });
  });

  it('path-level parameters ($ref) join the operation parameters', () => {
    const result = importDesign(text, { path: '/pets/{petId}', method: 'GET' });
    expect(result.ok && result.design.method.requestParameters).toEqual({
      'method.request.path.petId': true,
      'method.request.header.X-Trace': true,
    });
    expect(result.ok && result.design.integration.type).toBe('AWS_PROXY');
  });

  it('a path alone is enough when it has one integration', () => {
    expect(importDesign(text, { path: '/pets/{petId}' }).ok).toBe(true);
  });

  it('a choice that matches nothing says what there is', () => {
    const result = importDesign(text, { path: '/owners', method: 'GET' });
    expect(!result.ok && result.error).toMatch(/no integration at GET \/owners; the document has: GET \/pets/);
  });
});

describe('cloudformation: templates with short-form tags (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html)', () => {
  const text = read('pets-stack.cfn.yaml');

  it('several methods and no choice: the error lists their logical ids with verb and path', () => {
    const result = importDesign(text);
    expect(!result.ok && result.error).toMatch(/2 methods.*ListPets \(GET \/pets\), GetPet \(GET \/pets\/\{petId\}\)/);
    expect(!result.ok && result.candidates?.map((c) => c.resource)).toEqual(['ListPets', 'GetPet']);
  });

  it('the resource path is worked out from AWS::ApiGateway::Resource PathPart / ParentId up to RootResourceId', () => {
    const result = importDesign(text, { resource: 'ListPets' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.method).toMatchObject({ httpMethod: 'GET', resourcePath: '/pets' });
    expect(result.design.integration.integrationResponses).toEqual({
      '200': { statusCode: '200', responseTemplates: { 'application/json': '[]' } },
    });
    expect(result.design.methodResponses).toEqual({ '200': { statusCode: '200' } });
  });

  it('!Sub and !GetAtt values are kept as ${...} text and said in the notes; "true" and "10000" strings are read as values', () => {
    const result = importDesign(text, { resource: 'GetPet' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.method).toMatchObject({
      resourcePath: '/pets/{petId}',
      requestParameters: { 'method.request.path.petId': true },
    });
    expect(result.design.integration).toMatchObject({
      type: 'AWS_PROXY',
      uri: 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Function.Arn}/invocations',
      credentials: '${InvokeRole.Arn}',
      timeoutInMillis: 10000,
    });
    expect(result.notes.join('\n')).toMatch(/Intrinsic functions \(GetAtt, Sub\)/);
  });

  it('an unknown logical id lists the methods there are', () => {
    const result = importDesign(text, { resource: 'Nope' });
    expect(!result.ok && result.error).toMatch(/Resources\.Nope: no AWS::ApiGateway::Method/);
    expect(!result.ok && result.candidates?.length).toBe(2);
  });
});

describe('files that cannot be imported say why and where, and give no design', () => {
  const CASES: [string, string, object, RegExp][] = [
    [
      'JSON syntax error: line and column',
      '{\n  "type": "HTTP",\n  "uri": oops\n}',
      {},
      /not valid JSON: line 3, column 10/,
    ],
    [
      'YAML syntax error: line and column',
      'openapi: 3.0.1\npaths:\n  /a:\n    get: [unclosed\n',
      {},
      /not valid YAML: line \d+, column \d+/,
    ],
    [
      'duplicate YAML keys',
      'openapi: 3.0.1\nopenapi: 3.0.2\npaths: {}\n',
      {},
      /not valid YAML: line 2, column 1: Map keys must be unique/,
    ],
    ['an unknown YAML tag', 'Resources:\n  M: !Bogus x\n', {}, /line 2, column \d+: unknown tag !Bogus/],
    ['an empty file', '  \n', {}, /the file is empty/],
    ['something else entirely', '{"hello": "world"}', {}, /cannot tell what this file is/],
    ['an unknown --from', '{}', { from: 'swagger' }, /unknown format "swagger"/],
    [
      'an OpenAPI document without integrations',
      '{"openapi": "3.0.1", "paths": {"/a": {"get": {"responses": {}}}}}',
      {},
      /OpenAPI document: paths: no operation has x-amazon-apigateway-integration/,
    ],
    [
      'an integration response without statusCode',
      JSON.stringify({
        openapi: '3.0.1',
        paths: { '/a': { get: { 'x-amazon-apigateway-integration': { type: 'mock', responses: { default: {} } } } } },
      }),
      {},
      /paths\.\/a\.get\.x-amazon-apigateway-integration\.responses\.default\.statusCode: missing/,
    ],
    [
      'a template without method',
      JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } }),
      {},
      /CloudFormation template: Resources: no AWS::ApiGateway::Method/,
    ],
    [
      'a method without Integration',
      JSON.stringify({ Resources: { M: { Type: 'AWS::ApiGateway::Method', Properties: { HttpMethod: 'GET' } } } }),
      {},
      /Resources\.M\.Properties\.Integration: missing/,
    ],
    [
      'a map where text belongs',
      JSON.stringify({
        Resources: {
          M: {
            Type: 'AWS::ApiGateway::Method',
            Properties: { Integration: { Type: 'HTTP', Uri: { 'Fn::If': ['c', 'a', 'b'] } } },
          },
        },
      }),
      {},
      /Resources\.M\.Properties\.Integration\.Uri: expected text/,
    ],
    [
      'a __proto__ key (JSON)',
      '{"type": "HTTP", "__proto__": {"polluted": true}}',
      {},
      /__proto__: the key is not allowed/,
    ],
    [
      'a constructor key (YAML)',
      'openapi: 3.0.1\npaths:\n  constructor: {}\n',
      {},
      /line 3, column 3: the key "constructor" is not allowed/,
    ],
    [
      'a design document of the wrong shape',
      '{"format": "integration-designer/1", "integration": "HTTP"}',
      {},
      /design document: integration: expected an object/,
    ],
    [
      'an integration without type',
      '{"format": "integration-designer/1", "integration": {"uri": "x"}}',
      {},
      /integration\.type: missing/,
    ],
  ];
  it.each(CASES)('%s', (_label, text, options, error) => {
    const result = importDesign(text, options);
    expect(result).not.toHaveProperty('design');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });

  it('YAML aliases cannot blow a small file up (billion laughs)', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const result = importDesign(`${lines.join('\n')}\nResources: {}\n`);
    expect(!result.ok && result.error).toMatch(/more than 100 aliases/);
  });
});

it('a Terraform file is named as such (it cannot be imported) instead of a YAML syntax error', async () => {
  const { exportTerraform } = await import('../../src/formats/terraform/export.ts');
  const result = importDesign(exportTerraform(loadDesign('http')).text);
  expect(!result.ok && result.error).toMatch(/looks like Terraform \(HCL\), which cannot be imported/);
});

it('a Swagger 2.0 export: parameters typed on themselves, response models from schema + produces', () => {
  const result = importDesign(readFileSync(`${FIXTURES}import/swagger2-export.json`, 'utf8'));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.design.method.requestParameters).toEqual({
    'method.request.path.id': true,
    'method.request.multivaluequerystring.tags': false,
  });
  expect(result.design.methodResponses).toEqual({
    '200': {
      statusCode: '200',
      responseParameters: { 'method.response.header.ETag': false },
      responseModels: { 'application/json': 'Empty' },
    },
  });
  expect(result.design.integration).toMatchObject({ type: 'HTTP_PROXY', passthroughBehavior: 'WHEN_NO_MATCH' });
});
