// The request pipeline's cost: simulate() for a typical design (a 10 KB JSON body, one request template, four
// parameter mappings) against rendering the same template alone with renderVtl on the same scope, measured in the
// same run. `npx tsx bench/simulate.bench.ts` prints the table; `npm run bench` collects it.
import { buildContext, normalizeMethodRequest, renderVtl, simulate } from '../src/engine/index.ts';
import type { Design, SampleRequest } from '../src/model/types.ts';
import type { BenchRow } from './bench-row.ts';
import { formatTable } from './bench-row.ts';

const TEMPLATE = `#set($b = $input.path('$'))
{
  "id": "$input.params('petId')",
  "name": "$b.name",
  "tags": $input.json('$.tags'),
  "count": $b.items.size(),
  "items": [#foreach($i in $b.items){"sku": "$i.sku", "qty": $i.qty}#if($foreach.hasNext),#end#end]
}`;

function body10k(): string {
  const items = [];
  for (let i = 0; items.length === 0 || JSON.stringify(items).length < 10_000; i++)
    items.push({ sku: `SKU-${i}`, qty: i % 7, note: 'x'.repeat(40) });
  return JSON.stringify({ name: 'Rex', tags: ['a', 'b'], items });
}

export const benchDesign: Design = {
  format: 'integration-designer/1',
  name: 'bench',
  api: { stageName: 'test', stageVariables: { backend: 'pets.example.com' } },
  method: { httpMethod: 'POST', resourcePath: '/pets/{petId}' },
  integration: {
    type: 'HTTP',
    httpMethod: 'PUT',
    uri: 'https://${stageVariables.backend}/pets/{id}',
    requestParameters: {
      'integration.request.path.id': 'method.request.path.petId',
      'integration.request.querystring.verbose': 'method.request.querystring.verbose',
      'integration.request.header.X-Trace': 'method.request.header.X-Trace',
      'integration.request.header.X-Name': 'method.request.body.name',
    },
    requestTemplates: { 'application/json': TEMPLATE },
    passthroughBehavior: 'WHEN_NO_TEMPLATES',
  },
  samples: [],
};

export const benchSample: SampleRequest = {
  method: 'POST',
  path: '/pets/42',
  headers: { 'Content-Type': 'application/json', 'X-Trace': 't-1' },
  query: { verbose: 'true' },
  body: body10k(),
};

/** Mean time per call of an async function, after a warm-up (the pipeline is async only at its edges). */
async function timePerOpAsync(fn: () => Promise<unknown>, ms = 500): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    await fn();
    n++;
    now = performance.now();
  }
  return (now - start) / n;
}

export async function runSimulateBench(): Promise<BenchRow[]> {
  const request = normalizeMethodRequest(benchSample, benchDesign);
  const context = buildContext(request, benchDesign, benchSample, { deterministic: true });
  const scope = {
    body: request.body,
    params: { path: request.pathParameters, querystring: request.query, header: request.headers },
    context,
    stageVariables: benchDesign.api.stageVariables ?? {},
  };
  const check = await simulate(benchDesign, benchSample, { deterministic: true });
  if (check.error) throw new Error(`the bench design fails: ${check.error.message}`);
  const baseline = await timePerOpAsync(async () => renderVtl(TEMPLATE, scope));
  const pipeline = await timePerOpAsync(() => simulate(benchDesign, benchSample, { deterministic: true }));
  return [
    {
      name: 'simulate() HTTP, 10 KB JSON, 1 template, 4 mappings',
      msPerOp: pipeline,
      baselineMsPerOp: baseline,
      ratio: pipeline / baseline,
      note: 'baseline: renderVtl of the same template and scope',
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatTable(await runSimulateBench()));
}
