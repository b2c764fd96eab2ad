// The Velocity runtime's entry point: renders a mapping template against a request scope the way API Gateway does,
// returning the output and the $context overrides, or an error with its line and column.
import { InputObject } from './aws/input-object.ts';
import type { VtlOverrides } from './aws/overrides.ts';
import { collectOverrides, createOverrideMaps, seedOverrideMaps } from './aws/overrides.ts';
import { UtilObject } from './aws/util-object.ts';
import { compileTemplate } from './compile/compile-template.ts';
import type { VtlError } from './errors.ts';
import { VtlRuntimeError } from './errors.ts';
import { JavaDouble } from './java/number.ts';
import type { JMap, JValue } from './java/values.ts';
import { Interpreter } from './runtime/interpreter.ts';
import type { VtlLimits } from './runtime/limits.ts';
import { OutputSourceMap } from './runtime/output-source-map.ts';
import { Budget, DEFAULT_LIMITS, withBudget } from './runtime/limits.ts';

export type { VtlError, VtlOverrides, VtlLimits };

/** A template that calls `.path(` will likely parse the payload into a tree (a speed hint for $input, see there). */
const TREE_LIKELY = /\.path\s*\(/;

export interface VtlScope {
  /** $input.body: the payload as text. */
  body: string;
  params: { path: Record<string, string>; querystring: Record<string, string>; header: Record<string, string> };
  /** $context as plain JSON (requestOverride/responseOverride are added by the renderer). */
  context: Record<string, unknown>;
  stageVariables: Record<string, string>;
  /** Overrides an earlier template of the round trip set (MOCK: the request template's), readable in $context. */
  overrides?: VtlOverrides;
}

export type VtlResult =
  | { ok: true; output: string; overrides: VtlOverrides; sourceMap?: OutputSourceMap }
  | { ok: false; error: VtlError };

export interface RenderVtlOptions {
  /** Also return which template position wrote each part of the output (for pointing at invalid output). */
  sourceMap?: boolean;
}

/** Plain JSON (from a sample or buildContext) -> template values: objects become maps, fractions Doubles. */
export function fromPlainJson(v: unknown, depth = 0): JValue {
  if (v === null || v === undefined || depth > 64) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? v : new JavaDouble(v);
  if (Array.isArray(v)) return v.map((x) => fromPlainJson(x, depth + 1));
  if (typeof v === 'object') {
    const m: JMap = new Map();
    for (const k of Object.keys(v)) m.set(k, fromPlainJson((v as Record<string, unknown>)[k], depth + 1));
    return m;
  }
  return String(v);
}

export function toVtlError(e: unknown): VtlError {
  if (e instanceof VtlRuntimeError) {
    return { message: e.message, line: e.position?.line ?? 1, column: e.position?.column ?? 1, code: e.code };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { message: `internal error while rendering: ${message}`, line: 1, column: 1, code: 'runtime' };
}

export function renderVtl(
  template: string,
  scope: VtlScope,
  limits?: Partial<VtlLimits>,
  options: RenderVtlOptions = {},
): VtlResult {
  const lim: VtlLimits = { ...DEFAULT_LIMITS, ...limits };
  try {
    if (template.length > lim.maxTemplateLength) {
      throw new VtlRuntimeError(
        'limit',
        `the template is ${template.length} characters; API Gateway accepts mapping templates up to 300 KB`,
        { line: 1, column: 1 },
      );
    }
    const compiled = compileTemplate(template);
    const budget = new Budget(lim);
    const context = fromPlainJson(scope.context ?? {});
    const contextMap: JMap = context instanceof Map ? context : new Map();
    const { requestOverride, responseOverride } = createOverrideMaps();
    if (scope.overrides) seedOverrideMaps({ requestOverride, responseOverride }, scope.overrides);
    contextMap.set('requestOverride', requestOverride);
    contextMap.set('responseOverride', responseOverride);
    const vars = new Map<string, JValue>([
      ['input', new InputObject(scope.body ?? '', scope.params, budget, TREE_LIKELY.test(template))],
      ['util', new UtilObject(budget)],
      ['context', contextMap],
      ['stageVariables', fromPlainJson(scope.stageVariables ?? {})],
    ]);
    const sourceMap = options.sourceMap ? new OutputSourceMap(template) : null;
    const output = withBudget(budget, () => new Interpreter(compiled, vars, budget, lim, sourceMap).run());
    return { ok: true, output, overrides: collectOverrides(contextMap), ...(sourceMap ? { sourceMap } : {}) };
  } catch (e) {
    return { ok: false, error: toVtlError(e) };
  }
}
