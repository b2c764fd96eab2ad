// API definitions of many methods, written the way people write them by hand: comments, short-form tags, flow maps,
// literal block templates (CloudFormation YAML), and a pretty-printed OpenAPI JSON document.
export function manyMethodsTemplate(count: number): string {
  const lines = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Description: Many methods, one template # written by hand',
    'Parameters:',
    '  Stage: { Type: String, Default: prod }',
    'Resources:',
    '  Api:',
    '    Type: AWS::ApiGateway::RestApi',
    '    Properties:',
    '      Name: !Sub "${Stage}-many"',
    '      BinaryMediaTypes: [image~1png]',
  ];
  for (let i = 1; i <= count; i++) {
    lines.push(
      `  # resource ${i}`,
      `  Items${i}:`,
      '    Type: AWS::ApiGateway::Resource',
      `    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: items${i} }`,
      `  PostItems${i}:`,
      '    Type: AWS::ApiGateway::Method',
      '    Properties:',
      '      RestApiId: !Ref Api',
      `      ResourceId: !Ref Items${i}`,
      '      HttpMethod: POST',
      '      AuthorizationType: NONE',
      '      Integration:',
      '        Type: HTTP',
      '        IntegrationHttpMethod: POST',
      `        Uri: !Sub 'https://\${Stage}.backend.example.com/items/${i}'   # per stage`,
      '        PassthroughBehavior: WHEN_NO_TEMPLATES',
      '        RequestTemplates:',
      '          application/json: |',
      "            #set($b = $input.path('$'))",
      `            {"item": ${i}, "name": "$b.name"}`,
      "          text/plain: '$input.body'",
      '        IntegrationResponses:',
      "          - { StatusCode: '200', ResponseTemplates: { application/json: '$input.body' } }",
      '          - StatusCode: 404',
      '            SelectionPattern: .*not found.*',
      '      MethodResponses:',
      "        - StatusCode: '200'",
      '        - { StatusCode: 404 }',
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

export function manyMethodsOpenApi(count: number): string {
  const paths: Record<string, unknown> = {};
  for (let i = 1; i <= count; i++) {
    paths[`/items${i}/{id}`] = {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'the item' } },
        'x-amazon-apigateway-integration': {
          type: 'http',
          httpMethod: 'GET',
          uri: `https://backend.example.com/items${i}/{id}`,
          requestParameters: { 'integration.request.path.id': 'method.request.path.id' },
          requestTemplates: { 'application/json': `{"item": ${i}, "id": "$input.params('id')"}` },
          passthroughBehavior: 'when_no_match',
          responses: { default: { statusCode: '200', responseTemplates: { 'application/json': '$input.body' } } },
        },
      },
    };
  }
  return `${JSON.stringify({ openapi: '3.0.1', info: { title: 'Many', version: '1.0' }, paths }, null, 2)}\n`;
}
