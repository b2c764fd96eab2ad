// One method's imported parts -> a Design, through the model's restore step (the same one every import takes).
import type { ImportedParts } from '../types.ts';
import { DESIGN_FORMAT } from '../../model/types.ts';
import type { Design } from '../../model/types.ts';
import { nullTemplatesToEmpty } from '../shared/null-templates.ts';
import { restoreImported } from '../shared/restore-imported.ts';

export function designFromParts(
  parts: ImportedParts,
  api: Record<string, unknown>,
  notes: string[],
): { ok: true; design: Design } | { ok: false; error: string } {
  const method = { httpMethod: 'ANY', resourcePath: '/', ...parts.method };
  const candidate = {
    format: DESIGN_FORMAT,
    name: parts.name
      ? `${parts.name}: ${method.httpMethod} ${method.resourcePath}`
      : `${method.httpMethod} ${method.resourcePath}`,
    api: { ...parts.api, ...api, ...mergedModels(parts.api?.models, api.models) },
    method,
    integration: nullTemplatesToEmpty(parts.integration, notes),
    ...(parts.methodResponses ? { methodResponses: parts.methodResponses } : {}),
    samples: [],
  };
  const restored = restoreImported(candidate);
  if (!restored.ok) return restored;
  notes.push(...restored.notes);
  return { ok: true, design: restored.design };
}

/** The models the definition has (an OpenAPI document's) and those around it (a template's Model resources). */
function mergedModels(inner: unknown, outer: unknown): { models?: Record<string, unknown> } {
  const models = { ...(inner as Record<string, unknown>), ...(outer as Record<string, unknown>) };
  return Object.keys(models).length ? { models } : {};
}

/** The key a test names a method by: the verb in capitals and the resource path as declared. */
export function methodKey(verb: string, path: string): string {
  return `${verb.toUpperCase()} ${path}`;
}
