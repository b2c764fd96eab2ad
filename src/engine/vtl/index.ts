// The Velocity runtime: API Gateway's mapping-template language ($input, $util, $context, $stageVariables) on
// velocityjs's parser, with Java semantics and a sandbox.
export { renderVtl, fromPlainJson } from './render-vtl.ts';
export type { VtlScope, VtlResult, VtlError, VtlOverrides, VtlLimits } from './render-vtl.ts';
export { DEFAULT_LIMITS } from './runtime/limits.ts';
export { buildContext, buildStageVariables } from './context.ts';
export type { BuildContextOptions } from './context.ts';
export { evaluateJsonPath } from './json/jsonpath.ts';
export { parsePayload, JsonSyntaxError } from './json/json-parse.ts';
export { toJsonText } from './json/json-serialize.ts';
