// What each export must look like for the tool that reads it, fact by fact, with the page that states it.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportDesign, findExportFormat } from '../../src/formats/registry.ts';
import { detectImportFormat } from '../../src/formats/detect-format.ts';
import { parseStructuredText } from '../../src/formats/shared/structured-text.ts';
import { loadDesign } from './helpers/designs.ts';

const json = (id: Parameters<typeof exportDesign>[1], name = 'http') =>
  JSON.parse(exportDesign(loadDesign(name), id).text);

describe('registry', () => {
  it('ids are unique; every format has a label, a media type and a file name from the design name', () => {
    const ids = EXPORT_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of EXPORT_FORMATS)
      expect([
        f.label.length > 0,
        f.mediaType.includes('/'),
        f.fileName(loadDesign('http')).startsWith('create-pet-http.'),
      ]).toEqual([true, true, true]);
  });

  it('aliases: cloudformation is the YAML template, openapi-json the JSON document', () => {
    expect([
      findExportFormat('cloudformation')?.id,
      findExportFormat('openapi-json')?.id,
      findExportFormat('nope'),
    ]).toEqual(['cloudformation-yaml', 'openapi', undefined]);
  });

  it.each(EXPORT_FORMATS.map((f) => f.id).filter((id) => !['aws-cli', 'aws-cli-files', 'terraform'].includes(id)))(
    'an exported %s file is detected as its own format on import',
    (id) => {
      const parsed = parseStructuredText(exportDesign(loadDesign('mock'), id).text);
      const expected =
        { 'aws-json': 'aws-json', 'design-json': 'design-json', openapi: 'openapi', 'openapi-yaml': 'openapi' }[
          id as string
        ] ?? 'cloudformation';
      expect(parsed.ok && detectImportFormat(parsed.value)).toBe(expected);
    },
  );
});

describe("aws-json is GetIntegration's shape (https://docs.aws.amazon.com/apigateway/latest/api/API_GetIntegration.html)", () => {
  it('unset fields are left out, integration responses are keyed by status code', () => {
    const integration = json('aws-json');
    expect(Object.values(integration)).not.toContain(null);
    expect(Object.keys(integration.integrationResponses)).toEqual(['200', '404', '500']);
    expect(integration.integrationResponses['500']).toEqual({
      statusCode: '500',
      selectionPattern: '5\\d{2}',
      contentHandling: 'CONVERT_TO_TEXT',
    });
  });
});

describe('CloudFormation (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html)', () => {
  const template = json('cloudformation-json');
  const method = Object.values(
    template.Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>,
  )[0]!;

  it('a complete template: the two ids are Parameters, referenced with Ref', () => {
    expect(template.AWSTemplateFormatVersion).toBe('2010-09-09');
    expect(Object.keys(template.Parameters)).toEqual(['RestApiId', 'ResourceId']);
    expect(method.Type).toBe('AWS::ApiGateway::Method');
    expect([method.Properties.RestApiId, method.Properties.ResourceId]).toEqual([
      { Ref: 'RestApiId' },
      { Ref: 'ResourceId' },
    ]);
    expect([method.Properties.HttpMethod, method.Properties.AuthorizationType]).toEqual(['POST', 'NONE']);
  });

  it('Integration spells IntegrationHttpMethod, Uri, TimeoutInMillis; IntegrationResponses is a list with StatusCode and SelectionPattern', () => {
    const integration = method.Properties.Integration as Record<string, unknown>;
    expect(integration).toMatchObject({
      Type: 'HTTP',
      IntegrationHttpMethod: 'PUT',
      Uri: 'https://${stageVariables.backend}/pets/{id}',
      TimeoutInMillis: 15000,
      PassthroughBehavior: 'NEVER',
      CacheKeyParameters: ['method.request.path.petId'],
      CacheNamespace: 'pets-ns',
    });
    expect(integration.IntegrationResponses).toContainEqual({
      StatusCode: '404',
      SelectionPattern: '404',
      ResponseTemplates: expect.any(Object),
    });
    expect(method.Properties.MethodResponses).toContainEqual({
      StatusCode: '200',
      ResponseParameters: {
        'method.response.header.X-Request-Id': true,
        'method.response.header.Cache-Control': false,
      },
      ResponseModels: { 'application/json': 'Empty' },
    });
  });

  it('the YAML template uses !Ref and quotes what YAML 1.1 readers would take for a date, a number or a boolean', () => {
    const design = loadDesign('http');
    design.api.stageVariables = { flag: 'on', zip: '0755' };
    const text = exportDesign(design, 'cloudformation-yaml').text;
    expect(text).toMatch(/RestApiId: !Ref RestApiId\n\s+ResourceId: !Ref ResourceId/);
    expect(text).toContain('AWSTemplateFormatVersion: "2010-09-09"');
    const read = parse(text, { version: '1.1', customTags: [{ tag: '!Ref', resolve: (s: string) => ({ Ref: s }) }] });
    expect(read.Resources.CreatePetHTTPMethod.Metadata.IntegrationDesigner.api.stageVariables).toEqual({
      flag: 'on',
      zip: '0755',
    });
  });
});

describe('OpenAPI (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html)', () => {
  it('type and passthroughBehavior in lower case; responses keyed by selection pattern, "default" for none', () => {
    const document = json('openapi');
    const extension = document.paths['/pets/{petId}'].post['x-amazon-apigateway-integration'];
    expect([extension.type, extension.passthroughBehavior, extension.httpMethod]).toEqual(['http', 'never', 'PUT']);
    expect(Object.keys(extension.responses).sort()).toEqual(['404', '5\\d{2}', 'default']);
    expect(extension.responses.default.statusCode).toBe('200');
    expect(document['x-amazon-apigateway-binary-media-types']).toEqual(['image/png', 'application/octet-stream']);
  });

  it('method parameters become OpenAPI parameters; multi-value ones are arrays; path parameters are required', () => {
    const parameters = json('openapi').paths['/pets/{petId}'].post.parameters;
    expect(parameters).toContainEqual({ name: 'petId', in: 'path', required: true, schema: { type: 'string' } });
    expect(parameters).toContainEqual({
      name: 'tag',
      in: 'query',
      required: false,
      schema: { type: 'array', items: { type: 'string' } },
    });
    expect(parameters).toContainEqual({
      name: 'X-Forwarded-For',
      in: 'header',
      required: false,
      schema: { type: 'array', items: { type: 'string' } },
    });
  });

  it('ANY is x-amazon-apigateway-any-method (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-any-method.html)', () => {
    expect(Object.keys(json('openapi', 'http-proxy').paths['/{proxy+}'])).toEqual(['x-amazon-apigateway-any-method']);
  });

  it('method responses carry their headers and models ($ref to components.schemas)', () => {
    const document = json('openapi');
    expect(document.paths['/pets/{petId}'].post.responses['200']).toEqual({
      description: '200 response',
      headers: {
        'Cache-Control': { schema: { type: 'string' } },
        'X-Request-Id': { required: true, schema: { type: 'string' } },
      },
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Empty' } } },
    });
    expect(Object.keys(document.components.schemas)).toEqual(['Empty', 'Error']);
  });

  it('two integration responses with the same selection pattern cannot both be carried: a warning says which is left out', () => {
    const design = loadDesign('http');
    design.integration.integrationResponses!['404']!.selectionPattern = null;
    expect(exportDesign(design, 'openapi').warnings).toEqual([
      expect.stringMatching(/integrationResponses\.404: same selection pattern/),
    ]);
  });
});
