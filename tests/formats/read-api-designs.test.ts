// readApiDesigns: every method of an API definition as a design, keyed "VERB /path" (issue #13). Expected values
// come from the CloudFormation, SAM and API Gateway documentation cited next to each case.
import { describe, expect, it } from 'vitest';
import { readApiDesigns } from '../../src/formats/api-definition/read-api-designs.ts';

function read(text: string, options = {}) {
  const result = readApiDesigns(text, options);
  if (!result.ok) throw new Error(result.error);
  return result.api;
}

const methodTemplate = `
AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String, Default: dev }
  Backend: { Type: String }
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: pets
      BinaryMediaTypes: [image~1png]
  Pets:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: pets }
  Pet:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !Ref Pets, PathPart: '{petId}' }
  Fn:
    Type: AWS::Lambda::Function
    Properties: { FunctionName: !Sub '\${Env}-get-pet', Runtime: nodejs20.x, Handler: index.handler }
  Queue:
    Type: AWS::SQS::Queue
  GetPet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Pet
      HttpMethod: GET
      AuthorizationType: NONE
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
        RequestTemplates:
          application/json: !Join ['', ['{"env": "', !Ref Env, '", "backend": "', !Ref Backend, '"}']]
        IntegrationResponses:
          - StatusCode: '200'
  PostPets:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Pets
      HttpMethod: POST
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: !Sub 'arn:aws:apigateway:\${AWS::Region}:sqs:path/\${AWS::AccountId}/\${Queue.QueueName}'
        RequestParameters:
          integration.request.header.X-Queue: !Sub "'\${Queue}'"
          integration.request.header.X-Stage: !Sub "'\${!stageVariables.name}'"
`;

describe('CloudFormation AWS::ApiGateway::Method (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html)', () => {
  const api = read(methodTemplate, { parameters: { Backend: 'pets.example.com' } });

  it('keys each method by verb and the path worked out through its AWS::ApiGateway::Resource parents', () => {
    expect([...api.methods.keys()].sort()).toEqual(['GET /pets/{petId}', 'POST /pets']);
    expect(api.kind).toBe('cloudformation');
  });

  it('resolves Sub with pseudo parameters and Fn.Arn of a Lambda function named by its FunctionName', () => {
    const design = api.methods.get('GET /pets/{petId}')!.design;
    expect(design.integration.uri).toBe(
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:dev-get-pet/invocations',
    );
  });

  it('resolves Join and Ref of parameters: a given value, else the Default', () => {
    const design = api.methods.get('GET /pets/{petId}')!.design;
    expect(design.integration.requestTemplates?.['application/json']).toBe(
      '{"env": "dev", "backend": "pets.example.com"}',
    );
  });

  it('Ref of an SQS queue is its URL, QueueName its name (logical id when unnamed), ${!x} stays literal', () => {
    const design = api.methods.get('POST /pets')!.design;
    expect(design.integration.uri).toBe('arn:aws:apigateway:us-east-1:sqs:path/123456789012/Queue');
    expect(design.integration.requestParameters).toEqual({
      'integration.request.header.X-Queue': "'https://sqs.us-east-1.amazonaws.com/123456789012/Queue'",
      'integration.request.header.X-Stage': "'${stageVariables.name}'",
    });
  });

  it('takes the RestApi BinaryMediaTypes, unescaping ~1 (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-restapi.html)', () => {
    expect(api.methods.get('POST /pets')!.design.api.binaryMediaTypes).toEqual(['image/png']);
  });

  it('pseudo parameters can be given like parameters', () => {
    const other = read(methodTemplate, { parameters: { 'AWS::Region': 'eu-west-1', Env: 'prod' } });
    expect(other.methods.get('GET /pets/{petId}')!.design.integration.uri).toBe(
      'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:prod-get-pet/invocations',
    );
  });

  it('says where each request template is', () => {
    expect(api.methods.get('GET /pets/{petId}')!.source.requestTemplates).toEqual({
      'application/json': ['Resources', 'GetPet', 'Properties', 'Integration', 'RequestTemplates', 'application/json'],
    });
  });
});

const samTemplate = `
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: live
      Variables: { color: blue }
      DefinitionUri: ./api.yaml
  Inline:
    Type: AWS::Serverless::Api
    Properties:
      StageName: v1
      DefinitionBody:
        swagger: '2.0'
        info: { title: inline, version: '1' }
        x-amazon-apigateway-binary-media-types: [application/octet-stream]
        paths:
          /ping:
            get:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates: { application/json: '{"statusCode": 200}' }
                responses: { default: { statusCode: '200' } }
          /no-integration:
            get: {}
  Hello:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Events:
        Hi: { Type: Api, Properties: { Path: /hello, Method: any } }
  Elsewhere:
    Type: AWS::Serverless::Api
    Properties: { StageName: x, DefinitionUri: { Bucket: b, Key: k } }
`;
const apiYaml = `
openapi: 3.0.1
info: { title: file, version: '1' }
paths:
  /things/{id}:
    put:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: PUT
        uri: https://things.example.com/{id}
        requestParameters: { integration.request.path.id: method.request.path.id }
`;

describe('SAM (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html)', () => {
  const files: Record<string, string> = { './api.yaml': apiYaml };
  const api = read(samTemplate, { readFile: (p: string) => files[p] ?? '' });

  it('reads DefinitionUri (a local file) and DefinitionBody, with the Api stage and variables', () => {
    const put = api.methods.get('PUT /things/{id}')!;
    expect(put.design.integration.type).toBe('HTTP_PROXY');
    expect(put.design.api).toMatchObject({ stageName: 'live', stageVariables: { color: 'blue' } });
    expect(put.source.file).toBe('./api.yaml');
    const ping = api.methods.get('GET /ping')!;
    expect(ping.design.integration.type).toBe('MOCK');
    expect(ping.design.api).toMatchObject({ stageName: 'v1', binaryMediaTypes: ['application/octet-stream'] });
  });

  it("a function's Api event is the Lambda proxy integration SAM generates, on the implicit Prod stage", () => {
    const hello = api.methods.get('ANY /hello')!.design;
    expect(hello.integration).toMatchObject({
      type: 'AWS_PROXY',
      httpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:Hello/invocations',
    });
    expect(hello.api.stageName).toBe('Prod');
  });

  it('what cannot be read is a problem with the reason, never a refusal of the whole file', () => {
    expect(api.problems.get('GET /no-integration')).toMatch(/no x-amazon-apigateway-integration/);
    expect(api.problems.get('Resources.Elsewhere')).toMatch(/S3 cannot be read/);
  });
});

describe('OpenAPI and AWS exports', () => {
  it('an OpenAPI document: every operation with x-amazon-apigateway-integration', () => {
    const api = read(apiYaml);
    expect(api.kind).toBe('openapi');
    expect([...api.methods.keys()]).toEqual(['PUT /things/{id}']);
  });

  it('aws apigateway get-resources --embed methods (https://docs.aws.amazon.com/cli/latest/reference/apigateway/get-resources.html)', () => {
    const api = read(
      JSON.stringify({
        items: [
          { id: 'r1', path: '/' },
          {
            id: 'r2',
            path: '/pets',
            resourceMethods: {
              GET: {
                httpMethod: 'GET',
                methodIntegration: { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } },
              },
            },
          },
        ],
      }),
    );
    expect(api.kind).toBe('aws-resources');
    expect(api.methods.get('GET /pets')!.design.integration.type).toBe('MOCK');
  });

  it('an unknown file says what it expected', () => {
    const result = readApiDesigns('just: text');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/CloudFormation or SAM template, an OpenAPI document/);
  });

  it('a YAML syntax error says the line and column', () => {
    const result = readApiDesigns('Resources:\n  A: [1, 2\n');
    expect(!result.ok && result.error).toMatch(/line \d+, column \d+/);
  });
});
