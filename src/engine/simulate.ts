// simulate(design, request, options) -> Trace: the engine's one entry point (docs/design-contracts.md#engine-api,
// docs/design-contracts.md#trace). It binds the real method-request parser, $context builder and Velocity runtime to
// the round trip (round-trip.ts).
import type { Design, SampleRequest } from '../model/types.ts';
import { normalizeMethodRequest } from './request/method-request.ts';
import { runSimulation, type EngineParts, type SimulateOptions } from './round-trip.ts';
import type { Trace } from './trace.ts';
import { buildContext } from './vtl/context.ts';
import { renderVtl } from './vtl/index.ts';
import { checkTraceOutput, type RenderRecord } from './lint/output/check-trace-output.ts';

export type { SimulateOptions } from './round-trip.ts';
export type { BackendCaller } from './integrations/types.ts';

const ENGINE: EngineParts = {
  normalizeMethodRequest: (sample, design) => normalizeMethodRequest(sample, design),
  buildContext: (request, design, sample, options) => buildContext(request, design, sample, options),
  renderTemplate: (template, scope) => renderVtl(template, scope),
};

export async function simulate(design: Design, request: SampleRequest, options: SimulateOptions = {}): Promise<Trace> {
  // Remember what each template rendered, so an invalid body can be traced back to the template line that wrote it.
  const renders: RenderRecord[] = [];
  const parts: EngineParts = {
    ...ENGINE,
    renderTemplate: (template, scope) => {
      const result = renderVtl(template, scope);
      if (result.ok) renders.push({ template, scope, output: result.output });
      return result;
    },
  };
  const trace = await runSimulation(design, request, options, parts);
  const problems = await checkTraceOutput(trace, request, renders, design.api?.models);
  if (problems.length) trace.outputProblems = problems;
  return trace;
}
