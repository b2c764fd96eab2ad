// The models of an API (docs/design-contracts.md#models) as the importers read them: OpenAPI components.schemas /
// definitions and request body $refs (API Gateway's import makes a model of each:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/import-edge-optimized-api.html), CloudFormation
// AWS::ApiGateway::Model (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-model.html,
// Schema "Json": an object or its text) and SAM Api Models
// (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html#sam-api-models).
// Empty and Error are in every API by default (https://docs.aws.amazon.com/cdk/api/v1/docs/@aws-cdk_aws-apigateway.ErrorModel.html).
import { describe, expect, it } from 'vitest';
import { readApiDesigns } from '../../src/formats/api-definition/read-api-designs.ts';
import { importDesign } from '../../src/formats/import-design.ts';
import { exportOpenApiJson } from '../../src/formats/openapi/export.ts';

const PET = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
const integration = { type: 'http', httpMethod: 'POST', uri: 'https://pets.example.com/pets' };

const oas3 = JSON.stringify({
  openapi: '3.0.1',
  info: { title: 'pets', version: '1' },
  paths: {
    '/pets': {
      post: {
        requestBody: { $ref: '#/components/requestBodies/NewPetBody' },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Empty' } } },
          },
        },
        'x-amazon-apigateway-integration': integration,
      },
    },
  },
  components: {
    requestBodies: {
      NewPetBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } } },
    },
    schemas: { NewPet: PET, Empty: { title: 'Empty Schema', type: 'object' } },
  },
});

const swagger2 = JSON.stringify({
  swagger: '2.0',
  info: { title: 'pets', version: '1' },
  consumes: ['application/json', 'application/x-pet+json'],
  paths: {
    '/pets': {
      post: {
        parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/NewPet' } }],
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': integration,
      },
    },
  },
  definitions: {
    NewPet: PET,
    Error: {
      $schema: 'http://json-schema.org/draft-04/schema#',
      title: 'Error Schema',
      type: 'object',
      properties: { message: { type: 'string' } },
    },
  },
});

const cloudFormation = `
Parameters:
  Stage: { Type: String, Default: prod }
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: pets }
  Other:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: other }
  Pets:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: pets }
  PetModel:
    Type: AWS::ApiGateway::Model
    Properties:
      RestApiId: !Ref Api
      Name: !Sub "\${Stage}Pet"
      ContentType: application/json
      Schema: '{"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}'
  OtherModel:
    Type: AWS::ApiGateway::Model
    Properties: { RestApiId: !Ref Other, Name: Elsewhere, ContentType: application/json, Schema: { type: object } }
  CreatePet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Pets
      HttpMethod: POST
      AuthorizationType: NONE
      RequestModels: { application/json: !Ref PetModel }
      Integration: { Type: HTTP, IntegrationHttpMethod: POST, Uri: https://pets.example.com/pets }
`;

const sam = `
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Models:
        NewPet: { type: object, required: [name], properties: { name: { type: string } } }
      DefinitionBody:
        openapi: 3.0.1
        info: { title: pets, version: '1' }
        paths:
          /pets:
            post:
              responses: { '200': { description: ok } }
              x-amazon-apigateway-integration: { type: http, httpMethod: POST, uri: https://pets.example.com/pets }
`;

describe('readApiDesigns reads the API models and the method request models', () => {
  it.each([
    [
      'OpenAPI 3: components.schemas, requestBody $ref (through requestBodies)',
      oas3,
      { NewPet: { contentType: 'application/json', schema: PET } },
      { 'application/json': 'NewPet' },
    ],
    [
      'Swagger 2: definitions, the in: body parameter for each consumes type',
      swagger2,
      { NewPet: { contentType: 'application/json', schema: PET } },
      { 'application/json': 'NewPet', 'application/x-pet+json': 'NewPet' },
    ],
    [
      'CloudFormation: the Model resources of the method RestApi, Name resolved, Schema text parsed',
      cloudFormation,
      { prodPet: { contentType: 'application/json', schema: PET } },
      { 'application/json': 'prodPet' },
    ],
    ['SAM: the Api Models', sam, { NewPet: { contentType: 'application/json', schema: PET } }, undefined],
  ])('%s', (_, text, models, requestModels) => {
    const read = readApiDesigns(text);
    if (!read.ok) throw new Error(read.error);
    const design = read.api.methods.get('POST /pets')!.design;
    expect(design.api.models).toEqual(models);
    expect(design.method.requestModels).toEqual(requestModels);
  });
});

describe('import and the OpenAPI export carry models', () => {
  it('import of an OpenAPI document gives the models; Empty is implied, not carried', () => {
    const imported = importDesign(oas3);
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.design.api.models).toEqual({ NewPet: { contentType: 'application/json', schema: PET } });
    expect(imported.design.method.requestModels).toEqual({ 'application/json': 'NewPet' });
  });

  it('the OpenAPI export writes the models (no $schema, API Gateway model URLs as components refs) and imports back', () => {
    const imported = importDesign(oas3);
    if (!imported.ok) throw new Error(imported.error);
    const design = imported.design;
    design.api.models = {
      NewPet: {
        contentType: 'application/json',
        schema: {
          $schema: 'http://json-schema.org/draft-04/schema#',
          ...PET,
          properties: {
            ...PET.properties,
            owner: { $ref: 'https://apigateway.amazonaws.com/restapis/a1/models/Owner' },
          },
        },
      },
      Owner: { contentType: 'application/json', schema: { type: 'object' } },
    };
    const exported = JSON.parse(exportOpenApiJson(design).text);
    expect(exported.paths['/pets'].post.requestBody).toEqual({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } },
    });
    expect(exported.components.schemas.NewPet).toEqual({
      ...PET,
      properties: { ...PET.properties, owner: { $ref: '#/components/schemas/Owner' } },
    });
    expect(exported.components.schemas.Empty).toEqual({ title: 'Empty Schema', type: 'object' });
    const back = importDesign(JSON.stringify(exported));
    if (!back.ok) throw new Error(back.error);
    expect(Object.keys(back.design.api.models ?? {}).sort()).toEqual(['NewPet', 'Owner']);
  });
});
