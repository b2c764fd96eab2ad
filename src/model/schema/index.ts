// The design document's schema and its checks: one description of every field (design-schema.ts, sample-schema.ts,
// backend-schema.ts), enforced at every way in through checkDesign / checkSample.
import { designSchema } from './design-schema.ts';
import { sampleRequestSchema } from './sample-schema.ts';
import { workspaceSchema } from './workspace-schema.ts';
import { storedOriginalSchema } from './original-schema.ts';
import { checkValue, type SchemaCheck } from './check-value.ts';
import { MAX_DESIGN_DEPTH } from './depth.ts';

export type { SchemaCheck } from './check-value.ts';
export { checkValue } from './check-value.ts';
export { designSchema } from './design-schema.ts';
export { sampleRequestSchema } from './sample-schema.ts';
export { workspaceSchema } from './workspace-schema.ts';
export { ORIGINAL_SOURCES, storedOriginalSchema } from './original-schema.ts';
export { depthOf, depthProblem, textDepthOf, MAX_DESIGN_DEPTH, MAX_IMPORT_DEPTH } from './depth.ts';
export { nearestName } from './nearest-name.ts';
export { kindOfValue } from './value-kind.ts';

/** A design document's types: errors for wrong types, warnings for unknown fields. Never throws. */
export function checkDesign(value: unknown): SchemaCheck {
  return checkValue(designSchema, value, MAX_DESIGN_DEPTH);
}

/** A sample request (a `--request` file, or what the worker is sent). `root` prefixes the paths (`samples[0]`). */
export function checkSample(value: unknown, root = ''): SchemaCheck {
  return checkValue(sampleRequestSchema, value, MAX_DESIGN_DEPTH, root);
}

/** A workspace document's types (its methods' designs included, paths like `methods[2].design.integration.uri`). */
export function checkWorkspace(value: unknown): SchemaCheck {
  // A workspace nests each design three levels down (methods[i].design).
  return checkValue(workspaceSchema, value, MAX_DESIGN_DEPTH + 3);
}

/** A stored original's types (`root` prefixes the paths, e.g. `originals["POST /pets"]`). */
export function checkStoredOriginal(value: unknown, root = ''): SchemaCheck {
  // The design sits one level down (design).
  return checkValue(storedOriginalSchema, value, MAX_DESIGN_DEPTH + 1, root);
}
