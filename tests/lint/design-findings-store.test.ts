// Design-level lint findings travel from a run to the store (the validation panel lists them).
import { describe, expect, it } from 'vitest';
import { lintDesignSettings } from '../../src/engine/index.ts';
import { startPreviewRunner } from '../../src/store/preview-runner.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import type { RunOutcome } from '../../src/worker/protocol.ts';
import { designWith } from './helpers.ts';

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
    const outcome = {
      kind: 'trace',
      trace: {},
      templateDiagnostics: {},
      durationMs: 1,
      designFindings: lintDesignSettings(design),
    } as unknown as RunOutcome;
    startPreviewRunner(store, async () => outcome);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().preview.designFindings).toEqual([
      expect.objectContaining({ code: 'API003', location: 'api.binaryMediaTypes[0]' }),
    ]);
  });
});
