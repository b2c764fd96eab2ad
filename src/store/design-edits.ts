// Pure, immutable edits of a design document. Forms call these through `actions.editDesign`, so every edit is one
// undoable step and unknown fields (docs/design-contracts.md#design-document: "kept on load and written back on save")
// survive untouched.
import type { ApiSettings, Design, Integration, MethodSettings, SampleRequest } from '../model/types.ts';

export function withIntegration(design: Design, patch: Partial<Integration>): Design {
  return { ...design, integration: { ...design.integration, ...patch } };
}

export function withMethod(design: Design, patch: Partial<MethodSettings>): Design {
  return { ...design, method: { ...design.method, ...patch } };
}

export function withApi(design: Design, patch: Partial<ApiSettings>): Design {
  return { ...design, api: { ...design.api, ...patch } };
}

export function withSample(design: Design, index: number, patch: Partial<SampleRequest>): Design {
  if (index < 0 || index >= design.samples.length) return design;
  const samples = design.samples.slice();
  samples[index] = { ...samples[index], ...patch };
  return { ...design, samples };
}

export function withSamples(design: Design, samples: SampleRequest[]): Design {
  return { ...design, samples };
}

/** Sets `record[key] = value` immutably, or removes the key when value is undefined. Keeps insertion order. */
export function setEntry<V>(
  record: Record<string, V> | undefined,
  key: string,
  value: V | undefined,
): Record<string, V> {
  const next: Record<string, V> = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Renames a key in place (same position), so a renamed template tab or parameter row does not jump. */
export function renameEntry<V>(record: Record<string, V> | undefined, from: string, to: string): Record<string, V> {
  const next: Record<string, V> = {};
  for (const [k, v] of Object.entries(record ?? {})) next[k === from ? to : k] = v;
  return next;
}

/** A name not in `taken`: `base`, else `base 2`, `base 3`, ... */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}
