// Named sample requests. They live in design.samples (docs/design-contracts.md#design-document), so every sample edit
// is an undoable design edit; this slice only adds which sample is selected for the preview.
import type { SampleRequest } from '../model/types.ts';
import { uniqueName, withSample, withSamples } from './design-edits.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

export interface SamplesSliceState {
  /** Index into design.samples; read it through `selectedSampleIndex()` which clamps it after undo or delete. */
  selectedSample: number;
}

export interface SamplesActions {
  selectSample(index: number): void;
  addSample(sample?: SampleRequest): void;
  renameSample(index: number, name: string): void;
  duplicateSample(index: number): void;
  deleteSample(index: number): void;
  /** Changes fields of one sample; `field` names the edited field so keystrokes coalesce into one undo step. */
  updateSample(index: number, patch: Partial<SampleRequest>, field?: string): void;
}

/** The selected index, valid for the current design (or -1 when there are no samples). */
export function selectedSampleIndex(state: { selectedSample: number; design: { samples: unknown[] } }): number {
  const count = state.design.samples.length;
  if (count === 0) return -1;
  return Math.min(Math.max(0, state.selectedSample), count - 1);
}

export function newSample(name: string, resourcePath: string, httpMethod: string): SampleRequest {
  // A concrete path for the declared resource: `{petId}` becomes `petId` so the sample is valid as typed.
  const path = resourcePath.replace(/\{([^}+]+)\+?\}/g, '$1');
  return {
    name,
    method: httpMethod === 'ANY' ? 'GET' : httpMethod,
    path,
    headers: { 'Content-Type': 'application/json' },
    query: {},
    body: '{}',
    isBase64Encoded: false,
  };
}

/**
 * The sample path a resource path suggests: every `{name}` or greedy `{name+}` becomes `1`, so `/pets/{petId}` gives
 * `/pets/1` — a request API Gateway would route to that resource.
 */
export function samplePathFor(resourcePath: string): string {
  return resourcePath.replace(/\{[^}/]+\}/g, '1');
}

/**
 * The design after its resource path changed from `previousResourcePath`: samples whose path is still the one the old
 * resource path suggested (the user has not edited it) follow the new one, so a new design's sample never turns into
 * a 403 "Missing Authentication Token" (no such resource) just because the resource path was typed after it.
 */
export function withSamplesFollowingPath<D extends { method: { resourcePath: string }; samples: SampleRequest[] }>(
  design: D,
  previousResourcePath: string,
): D {
  const before = samplePathFor(previousResourcePath);
  const after = samplePathFor(design.method.resourcePath);
  if (before === after || !design.samples.some((s) => s.path === before)) return design;
  return { ...design, samples: design.samples.map((s) => (s.path === before ? { ...s, path: after } : s)) };
}

export function createSamplesSlice(
  set: SetState,
  get: GetState,
  options: { selectedSample: number },
): Slice<SamplesSliceState, SamplesActions> {
  const names = () => get().design.samples.map((s, i) => s.name ?? `sample ${i + 1}`);
  const edit = (recipe: Parameters<ReturnType<GetState>['actions']['editDesign']>[0], key?: string) =>
    get().actions.editDesign(recipe, key);

  return {
    selectedSample: options.selectedSample,
    actions: {
      selectSample(index) {
        set({ selectedSample: index });
      },
      addSample(sample) {
        const { design } = get();
        const name = uniqueName(sample?.name ?? 'new sample', names());
        const added = { ...(sample ?? newSample(name, design.method.resourcePath, design.method.httpMethod)), name };
        edit((d) => withSamples(d, [...d.samples, added]));
        set({ selectedSample: get().design.samples.length - 1 });
      },
      renameSample(index, name) {
        edit((d) => withSample(d, index, { name }), `samples.${index}.name`);
      },
      duplicateSample(index) {
        const original = get().design.samples[index];
        if (!original) return;
        const copy = { ...structuredClone(original), name: uniqueName(`${original.name ?? 'sample'} copy`, names()) };
        edit((d) => withSamples(d, [...d.samples.slice(0, index + 1), copy, ...d.samples.slice(index + 1)]));
        set({ selectedSample: index + 1 });
      },
      deleteSample(index) {
        if (!get().design.samples[index]) return;
        edit((d) =>
          withSamples(
            d,
            d.samples.filter((_, i) => i !== index),
          ),
        );
        const selected = get().selectedSample;
        if (selected >= index && selected > 0) set({ selectedSample: selected - 1 });
      },
      updateSample(index, patch, field) {
        edit((d) => withSample(d, index, patch), field ? `samples.${index}.${field}` : undefined);
      },
    },
  };
}
