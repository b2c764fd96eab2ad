// What the Compare view shows for two designs (compareDesigns): templates apart, with both texts for a side-by-side
// diff; every other field as the field-by-field diff gives it; the calls as the AWS CLI script and the JSON array
// `diff --to json` prints. Patch paths: https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html
// ("/" in a content type written "~1").
import { describe, expect, it } from 'vitest';
import { callsJson, compareDesigns, diffDesigns, patchCalls } from '../../src/formats/patch/index.ts';
import type { Design } from '../../src/model/types.ts';
import { editedDesign, loadDesign } from './helpers/designs.ts';

const http = (): Design => loadDesign('http');
const edited = (edit: (d: Design) => void): Design => editedDesign('http', edit);

const JSON_TEMPLATE = () => http().integration.requestTemplates!['application/json']!;

describe('compareDesigns: templates apart from the other fields', () => {
  it.each([
    {
      name: 'an edited request template is one changed template with both texts, and no field',
      edit: (d: Design) => {
        d.integration.requestTemplates!['application/json'] = '{"edited": true}';
      },
      templates: [
        {
          path: 'integration.requestTemplates["application/json"]',
          owner: 'Request',
          contentType: 'application/json',
          kind: 'changed',
          before: JSON_TEMPLATE(),
          after: '{"edited": true}',
        },
      ],
      fields: [],
    },
    {
      name: 'an added response template is "added" with an empty before; a removed one "removed" with an empty after',
      edit: (d: Design) => {
        d.integration.integrationResponses!['500']!.responseTemplates = { 'text/plain': 'oops' };
        delete d.integration.integrationResponses!['404']!.responseTemplates;
      },
      templates: [
        {
          path: 'integration.integrationResponses["404"].responseTemplates["application/json"]',
          owner: 'Response 404',
          contentType: 'application/json',
          kind: 'removed',
          before: http().integration.integrationResponses!['404']!.responseTemplates!['application/json'],
          after: '',
        },
        {
          path: 'integration.integrationResponses["500"].responseTemplates["text/plain"]',
          owner: 'Response 500',
          contentType: 'text/plain',
          kind: 'added',
          before: '',
          after: 'oops',
        },
      ],
      fields: [],
    },
    {
      name: 'a changed timeout is a field, not a template',
      edit: (d: Design) => {
        d.integration.timeoutInMillis = 5000;
      },
      templates: [],
      fields: [{ path: 'integration.timeoutInMillis', kind: 'changed', before: 15000, after: 5000 }],
    },
    {
      name: 'a whole new integration response: its templates as templates, the rest as one field without them',
      edit: (d: Design) => {
        d.integration.integrationResponses!['400'] = {
          statusCode: '400',
          selectionPattern: '400',
          responseTemplates: { 'application/json': '{"bad": true}' },
        };
        d.methodResponses!['400'] = { statusCode: '400' };
      },
      templates: [
        {
          path: 'integration.integrationResponses["400"].responseTemplates["application/json"]',
          owner: 'Response 400',
          contentType: 'application/json',
          kind: 'added',
          before: '',
          after: '{"bad": true}',
        },
      ],
      fields: [
        {
          path: 'methodResponses["400"]',
          kind: 'added',
          after: { responseParameters: {}, responseModels: {} },
        },
        { path: 'integration.integrationResponses["400"]', kind: 'added', after: { selectionPattern: '400' } },
      ],
    },
  ])('$name', ({ edit, templates, fields }) => {
    const comparison = compareDesigns(http(), edited(edit));
    expect(comparison.templates).toEqual(templates);
    expect(comparison.fields).toEqual(fields);
  });

  it('the template fields left out are exactly the templates: the rest of diffDesigns is kept as it is', () => {
    const after = edited((d) => {
      d.integration.requestTemplates!['application/json'] = 'x';
      d.integration.uri = 'https://other.example.com/{id}';
      d.method.requestParameters = { ...d.method.requestParameters, 'method.request.header.X-New': true };
    });
    const all = diffDesigns(http(), after).map((c) => c.path);
    const { templates, fields } = compareDesigns(http(), after);
    expect([...fields.map((c) => c.path), ...templates.map((t) => t.path)].sort()).toEqual([...all].sort());
  });

  it('two equal designs: no templates, no fields, no calls, a script that says so and "[]"', () => {
    const comparison = compareDesigns(http(), http());
    expect(comparison).toMatchObject({ templates: [], fields: [], calls: [], warnings: [], json: '[]\n' });
    expect(comparison.script).toContain('echo "No changes." >&2');
  });
});

describe('compareDesigns: the calls as a script and as JSON', () => {
  const after = edited((d) => {
    d.integration.requestTemplates!['application/json'] = '{"edited": true}';
  });
  const comparison = compareDesigns(http(), after);

  it('the JSON is the array `diff --to json` prints, and the calls are patchCalls', () => {
    expect(comparison.calls).toEqual(patchCalls(http(), after).calls);
    expect(comparison.json).toBe(callsJson(comparison.calls));
    expect(JSON.parse(comparison.json)).toEqual([
      {
        operation: 'UpdateIntegration',
        patchOperations: [{ op: 'replace', path: '/requestTemplates/application~1json', value: '{"edited": true}' }],
      },
    ]);
  });

  it('the script runs update-integration with the JSON Pointer path of the content type', () => {
    expect(comparison.script).toContain('aws apigateway update-integration');
    expect(comparison.script).toContain('"path":"/requestTemplates/application~1json"');
    expect(comparison.script).toContain(`# Changes "${http().name}" into "${after.name}": POST /pets/{petId}\n`);
  });

  it('a moved method is a warning, as the CLI prints it', () => {
    const moved = edited((d) => {
      d.method.resourcePath = '/elsewhere';
    });
    expect(compareDesigns(http(), moved).warnings).toEqual(patchCalls(http(), moved).warnings);
    expect(compareDesigns(http(), moved).warnings).toHaveLength(1);
  });
});
