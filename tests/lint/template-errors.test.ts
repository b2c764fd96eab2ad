// Engine errors become per-template diagnostics (data); the Monaco adapter only turns them into markers.
import { describe, expect, it } from 'vitest';
import {
  allTemplateDiagnostics,
  diagnosticFromError,
  renderTemplate,
  simulate,
  traceTemplateDiagnostics,
} from '../../src/engine/index.ts';
import { defaultDesign } from '../../src/model/index.ts';
import type { Trace } from '../../src/engine/trace.ts';

const check = (template: string) => {
  const r = renderTemplate(template, { body: '{}' }) as {
    error?: { message: string; line: number; column: number; code: string };
  };
  return r.error ?? null;
};

describe('template diagnostics', () => {
  it.each([
    [
      { message: 'm', line: 3, column: 7, code: 'parse' },
      { severity: 'error', message: 'm', line: 3, column: 7, endLine: 3, endColumn: 8, code: 'parse' },
    ],
    [
      { message: 'no position' },
      { severity: 'error', code: 'template', message: 'no position', line: 1, column: 1, endLine: 1, endColumn: 2 },
    ],
    [
      { message: 'zero', line: 0, column: 0 },
      { severity: 'error', code: 'template', message: 'zero', line: 1, column: 1, endLine: 1, endColumn: 2 },
    ],
  ])('diagnosticFromError(%j)', (error, expected) => {
    expect(diagnosticFromError(error)).toEqual(expected);
  });

  it('a template error in the trace is attributed to the matched template key', () => {
    const trace = {
      templateSelection: { matchedKey: 'application/json', outcome: 'TEMPLATE' },
      error: { stage: 'template', message: 'boom', line: 2, column: 4 },
    } as unknown as Trace;
    expect(traceTemplateDiagnostics(trace)).toEqual({
      'application/json': [expect.objectContaining({ line: 2, column: 4, message: 'boom' })],
    });
    expect(traceTemplateDiagnostics({ ...trace, error: { stage: 'backend', message: 'x' } } as Trace)).toEqual({});
  });

  it('with the real engine: the applied template from the trace, another broken template from its own render', async () => {
    const design = defaultDesign();
    design.integration.requestTemplates = {
      'application/json': 'line1\nline2\n#set($a = )',
      'application/xml': '<ok/>\n#if(',
      'text/plain': 'fine $input.body',
    };
    const trace = await simulate(design, design.samples[0]!, { deterministic: true });
    const diagnostics = allTemplateDiagnostics(design.integration.requestTemplates, trace, check);
    expect(Object.keys(diagnostics).sort()).toEqual(['application/json', 'application/xml']);
    expect(diagnostics['application/json']![0]).toMatchObject({ line: 3, column: 11 });
    expect(diagnostics['application/xml']![0]).toMatchObject({ line: 2, code: 'parse' });
  });
});
