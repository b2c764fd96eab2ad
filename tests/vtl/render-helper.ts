// Shared helpers for the Velocity runtime tests: render a template against a small request scope.
import type { VtlLimits, VtlResult, VtlScope } from '../../src/engine/vtl/index.ts';
import { renderVtl } from '../../src/engine/vtl/index.ts';

export interface ScopeInput {
  body?: string;
  path?: Record<string, string>;
  querystring?: Record<string, string>;
  header?: Record<string, string>;
  context?: Record<string, unknown>;
  stageVariables?: Record<string, string>;
}

export function scopeOf(input: ScopeInput = {}): VtlScope {
  return {
    body: input.body ?? '',
    params: { path: input.path ?? {}, querystring: input.querystring ?? {}, header: input.header ?? {} },
    context: input.context ?? { stage: 'test', requestId: '00000000-0000-4000-8000-000000000000' },
    stageVariables: input.stageVariables ?? {},
  };
}

export function run(template: string, input: ScopeInput = {}, limits?: Partial<VtlLimits>): VtlResult {
  return renderVtl(template, scopeOf(input), limits);
}

/** The rendered text; fails the test with the template error when there is one. */
export function render(template: string, input: ScopeInput = {}): string {
  const r = run(template, input);
  if (!r.ok) throw new Error(`render failed: line ${r.error.line}, column ${r.error.column}: ${r.error.message}`);
  return r.output;
}

/** The error of a render that must fail. */
export function renderError(template: string, input: ScopeInput = {}, limits?: Partial<VtlLimits>) {
  const r = run(template, input, limits);
  if (r.ok) throw new Error(`expected an error, got output ${JSON.stringify(r.output)}`);
  return r.error;
}
