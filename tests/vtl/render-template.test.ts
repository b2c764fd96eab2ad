// The engine's public renderTemplate (docs/design-contracts.md#engine-api): renderTemplate(template, request, design?)
// -> { output } | { error }.
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/engine/index.ts';
import type { Design } from '../../src/model/types.ts';

const design: Design = {
  format: 'integration-designer/1',
  name: 'Create pet',
  api: { stageName: 'test', stageVariables: { backend: 'pets.example.com' } },
  method: { httpMethod: 'POST', resourcePath: '/pets/{petId}' },
  integration: {
    type: 'HTTP',
    requestTemplates: { 'application/json': '#set($b = $input.path(\'$\'))\n{"name": "$b.name"}' },
  },
  samples: [],
};

describe('renderTemplate', () => {
  it('docs/design-contracts.md#design-document example: the request template of the sample design', () => {
    const r = renderTemplate(
      design.integration.requestTemplates!['application/json']!,
      { method: 'POST', path: '/pets/42', body: '{"name": "Rex"}' },
      design,
    );
    expect(r).toEqual({ output: '{"name": "Rex"}' });
  });

  it('path parameters, stage variables and $context come from the request and the design', () => {
    const r = renderTemplate(
      "$input.params('petId') $stageVariables.backend $context.path $context.requestId",
      { path: '/pets/7', stageVariables: { backend: 'b' } },
      design,
      { deterministic: true },
    );
    expect(r).toEqual({ output: '7 b /test/pets/7 00000000-0000-4000-8000-000000000000' });
  });

  it('an error is returned as data with its position', () => {
    expect(renderTemplate('\n #foreach($x in $y)', { path: '/pets/1' }, design)).toEqual({
      error: { message: '#foreach is never closed: add an #end', line: 2, column: 2, code: 'parse' },
    });
  });

  it('without a design: GET /, no path parameters', () => {
    expect(renderTemplate('$context.httpMethod $context.resourcePath', {})).toEqual({ output: 'GET /' });
  });
});
