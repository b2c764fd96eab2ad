// A sample names an API model (api.models, docs/design-contracts.md#models) that the JSON integration request must
// satisfy, as it may carry a JSON Schema. API Gateway reads models as JSON Schema draft 4 and references another model
// as https://apigateway.amazonaws.com/restapis/{restapi_id}/models/NAME
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html); OpenAPI documents
// reference it as #/definitions/NAME (Swagger 2) or #/components/schemas/NAME (OpenAPI 3).
import { describe, expect, it } from 'vitest';
import { describeOutputProblem, simulate } from '../../src/engine/index.ts';
import type { ApiModel, SampleRequest } from '../../src/model/types.ts';
import { designWith } from './helpers.ts';

const DRAFT4 = 'http://json-schema.org/draft-04/schema#';
const OWNER = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };
const pet = (ownerRef: string): ApiModel => ({
  contentType: 'application/json',
  schema: {
    $schema: DRAFT4,
    type: 'object',
    required: ['name', 'price'],
    properties: {
      name: { type: 'string' },
      // Draft 4's boolean exclusiveMinimum (draft 7 would refuse the schema): a price above 0.
      price: { type: 'number', minimum: 0, exclusiveMinimum: true },
      owner: { $ref: ownerRef },
    },
  },
});

async function problemsFor(models: Record<string, ApiModel>, sample: Partial<SampleRequest>): Promise<string[]> {
  const design = designWith((d) => {
    d.api.models = models;
    d.integration.requestTemplates = { 'application/json': "$input.json('$')" };
  });
  const full = { ...design.samples[0]!, headers: { 'Content-Type': 'application/json' }, ...sample };
  const trace = await simulate(design, full, { deterministic: true });
  return (trace.outputProblems ?? []).map((p) => describeOutputProblem(p, full.name));
}

const GOOD = '{"name": "Rex", "price": 12.5, "owner": {"id": "o-1"}}';

describe('a sample that names a model', () => {
  it.each([
    ['API Gateway model URL', 'https://apigateway.amazonaws.com/restapis/a1b2c3/models/Owner'],
    ['Swagger 2 definitions', '#/definitions/Owner'],
    ['OpenAPI 3 components', '#/components/schemas/Owner'],
  ])('passes when the integration request fits it (owner referenced as %s)', async (_, ref) => {
    expect(await problemsFor({ Pet: pet(ref), Owner: { schema: OWNER } }, { model: 'Pet', body: GOOD })).toEqual([]);
  });

  it.each([
    [
      'a missing property and a referenced model broken',
      '{"name": "Rex", "owner": {"id": 7}}',
      [
        "The integration request for sample 'm' does not match model 'Pet': (the body): must have required property 'price'",
        "The integration request for sample 'm' does not match model 'Pet': /owner/id: must be string",
      ],
    ],
    [
      "draft 4's exclusiveMinimum: true refuses a price of 0",
      '{"name": "Rex", "price": 0}',
      ["The integration request for sample 'm' does not match model 'Pet': /price: must be > 0"],
    ],
  ])('fails: %s', async (_, body, expected) => {
    const models = { Pet: pet('#/definitions/Owner'), Owner: { schema: OWNER } };
    expect(await problemsFor(models, { name: 'm', model: 'Pet', body })).toEqual(expected);
  });

  it('a body that is not JSON (text/plain, passed through) fails the model', async () => {
    const design = designWith((d) => {
      d.api.models = { Pet: pet('#/definitions/Owner'), Owner: { schema: OWNER } };
      d.integration.requestTemplates = {};
    });
    const sample = { ...design.samples[0]!, model: 'Pet', headers: { 'Content-Type': 'text/plain' }, body: 'Rex' };
    const trace = await simulate(design, sample, { deterministic: true });
    expect((trace.outputProblems ?? []).map((p) => describeOutputProblem(p, 'm'))).toEqual([
      "The integration request for sample 'm' is not JSON, but model 'Pet' expects a JSON body",
    ]);
  });

  it('a model that references a model the API does not have cannot be checked, and says why', async () => {
    expect(await problemsFor({ Pet: pet('#/definitions/Owner') }, { name: 'm', model: 'Pet', body: GOOD })).toEqual([
      "The integration request for sample 'm' cannot be checked: model 'Pet' is not a valid JSON Schema: can't resolve reference #/definitions/Owner from id #",
    ]);
  });

  it('a model name the design does not have is said, with the names it has', async () => {
    expect(await problemsFor({ Pet: pet('#/definitions/Owner') }, { name: 'm', model: 'Pets', body: GOOD })).toEqual([
      "The integration request for sample 'm' cannot be checked: the sample names model 'Pets', but api.models has no such model (it has: Pet)",
    ]);
  });

  it('schema and model are both checked', async () => {
    const schema = { type: 'object', required: ['tag'] };
    const models = { Pet: pet('#/definitions/Owner'), Owner: { schema: OWNER } };
    const problems = await problemsFor(models, { name: 'm', model: 'Pet', schema, body: '{"name": 1}' });
    expect(problems).toEqual([
      "The integration request for sample 'm' does not match the sample's schema: (the body): must have required property 'tag'",
      "The integration request for sample 'm' does not match model 'Pet': (the body): must have required property 'price'",
      "The integration request for sample 'm' does not match model 'Pet': /name: must be string",
    ]);
  });
});
