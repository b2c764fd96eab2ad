// A small hand-written design for store tests (independent of the model's defaults, which may change).
import type { Design } from '../../src/model/types.ts';

export function fixtureDesign(): Design {
  return {
    format: 'integration-designer/1',
    name: 'Create pet',
    api: { binaryMediaTypes: [], stageName: 'test', stageVariables: {} },
    method: {
      httpMethod: 'POST',
      resourcePath: '/pets/{petId}',
      requestParameters: { 'method.request.path.petId': true },
    },
    integration: {
      type: 'HTTP',
      httpMethod: 'PUT',
      uri: 'https://pets.example.com/pets/{id}',
      requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
      requestTemplates: { 'application/json': '$input.body' },
      passthroughBehavior: 'WHEN_NO_TEMPLATES',
      timeoutInMillis: 29000,
    },
    samples: [{ name: 'happy path', method: 'POST', path: '/pets/42', body: '{"name":"Rex"}' }],
    xFutureField: { kept: true },
  };
}
