// Design-level lint findings travel from a run to the store (the validation panel lists them).
import { describe, expect, it } from 'vitest';
import { lintDesignSettings, type Trace } from '../../src/engine/index.ts';
import { startPreviewRunner } from '../../src/store/preview-runner.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import { designWith } from './helpers.ts';
import { readyResult } from '../store/preview-results.ts';

describe('design findings in the designer', () => {
  it('lintDesignSettings reports the settings rules only (no template findings, no validation errors)', () => {
    const design = designWith((d) => {
      d.api.binaryMediaTypes = ['*/*'];
      d.integration.timeoutInMillis = 10;
      d.integration.requestTemplates = { 'application/json': '{"a": "$input.json(\'$\')"}' };
    });
    expect(lintDesignSettings(design).map((f) => f.code)).toEqual(['API003']);
  });

  it('a run hands its design findings to the preview state', async () => {
    const design = designWith((d) => (d.api.binaryMediaTypes = ['*/*']));
    const store = createDesignerStore({ design });
    const result = readyResult({ log: [] } as unknown as Trace, { designFindings: lintDesignSettings(design) });
    startPreviewRunner(store, async () => result);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().preview.run?.designFindings).toEqual([
      expect.objectContaining({ code: 'API003', location: 'api.binaryMediaTypes[0]' }),
    ]);
  });
});
