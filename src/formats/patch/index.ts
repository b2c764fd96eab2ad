// Changes, not copies: the difference of two designs and the API Gateway calls that apply it to a live method.
export { diffDesigns, summarizeChanges } from './design-diff.ts';
export { patchCalls } from './patch-calls.ts';
export type { PatchPlan } from './patch-calls.ts';
export { callsJson, patchScript, scriptTitle } from './patch-script.ts';
export { applyCalls, PatchRefused } from './apply-calls.ts';
export { storedMethod } from './stored-method.ts';
export type { StoredMethod } from './stored-method.ts';
export type { FieldChange, PatchCall, PatchOperation } from './types.ts';
export { compareDesigns } from './design-comparison.ts';
export type { DesignComparison, TemplateChange } from './design-comparison.ts';
