import { describe, expect, it } from 'vitest';
import {
  clampPaneSizes,
  DEFAULT_PANE_SIZES,
  loadPaneSizes,
  moveSeparator,
  PANE_SIZES_KEY,
  savePaneSizes,
} from '../../src/store/pane-sizes.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import { fixtureDesign } from './fixture-design.ts';

const memory = (initial?: string) => {
  const map = new Map<string, string>(initial === undefined ? [] : [[PANE_SIZES_KEY, initial]]);
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
};

describe('pane sizes: every column keeps at least 20 % of the width', () => {
  it.each([
    [
      { form: 34, editors: 33 },
      { form: 34, editors: 33 },
    ],
    [
      { form: 5, editors: 33 },
      { form: 20, editors: 33 },
    ],
    [
      { form: 90, editors: 5 },
      { form: 60, editors: 20 },
    ],
    [
      { form: 50, editors: 45 },
      { form: 50, editors: 30 },
    ],
    [
      { form: 33.333, editors: 33.333 },
      { form: 33.3, editors: 33.3 },
    ],
  ])('clampPaneSizes(%j) = %j', (sizes, expected) => {
    expect(clampPaneSizes(sizes)).toEqual(expected);
  });

  it.each([
    // The first boundary moves; the preview (33 %) keeps its width.
    ['form', 40, { form: 40, editors: 27 }],
    ['form', 10, { form: 20, editors: 47 }],
    ['form', 70, { form: 47, editors: 20 }],
    // The second boundary moves; the settings column (34 %) keeps its width.
    ['editors', 80, { form: 34, editors: 46 }],
    ['editors', 99, { form: 34, editors: 46 }],
    ['editors', 40, { form: 34, editors: 20 }],
  ] as const)('moving the %s separator to %d %% gives %j', (which, position, expected) => {
    expect(moveSeparator(DEFAULT_PANE_SIZES, which, position)).toEqual(expected);
  });
});

describe('pane sizes are remembered in the browser', () => {
  it('saves and loads them back', () => {
    const storage = memory();
    savePaneSizes(storage, { form: 41, editors: 29 });
    expect(loadPaneSizes(storage)).toEqual({ form: 41, editors: 29 });
  });

  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{form'],
    ['not numbers', '{"form":"wide","editors":30}'],
    ['null', 'null'],
  ])('falls back to the defaults on %s', (_what, stored) => {
    expect(loadPaneSizes(memory(stored))).toEqual(DEFAULT_PANE_SIZES);
  });

  it('clamps stored sizes a hand-edited storage made unusable', () => {
    expect(loadPaneSizes(memory('{"form":95,"editors":1}'))).toEqual({ form: 60, editors: 20 });
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(loadPaneSizes(broken)).toEqual(DEFAULT_PANE_SIZES);
    expect(() => savePaneSizes(broken, DEFAULT_PANE_SIZES)).not.toThrow();
  });

  it('the store starts from the remembered sizes and clamps what it is given', () => {
    const store = createDesignerStore({ design: fixtureDesign(), paneSizes: { form: 45, editors: 25 } });
    expect(store.getState().ui.paneSizes).toEqual({ form: 45, editors: 25 });
    store.getState().actions.setPaneSizes({ form: 0, editors: 0 });
    expect(store.getState().ui.paneSizes).toEqual({ form: 20, editors: 20 });
  });
});
