// Response template problems go to the response template's editor, never to a request template's.
import { describe, expect, it } from 'vitest';
import { allResponseTemplateDiagnostics, traceTemplateDiagnostics } from '../../src/engine/index.ts';
import type { Trace } from '../../src/engine/trace.ts';

const failedResponseTemplate = {
  templateSelection: { matchedKey: 'application/json', outcome: 'TEMPLATE' },
  integrationResponse: { statusCode: '400', selectionPattern: '4\\d{2}' },
  responseDetails: {
    templateSelection: { accept: 'application/json', matchedKey: 'application/json', reason: '' },
    notes: [],
  },
  error: { stage: 'template', message: 'boom', line: 2, column: 3 },
} as unknown as Trace;

describe('response template diagnostics', () => {
  it('the applied response template gets the trace error; the request template gets none', () => {
    expect(traceTemplateDiagnostics(failedResponseTemplate)).toEqual({});
    const responses = { '400': { statusCode: '400', responseTemplates: { 'application/json': '#if(' } } };
    expect(allResponseTemplateDiagnostics(responses, failedResponseTemplate, () => null)).toEqual({
      '400': { 'application/json': [expect.objectContaining({ message: 'boom', line: 2, column: 3 })] },
    });
  });

  it('other response templates are checked on their own; empty ones are passthroughs', () => {
    const trace = {
      ...failedResponseTemplate,
      error: null,
      integrationResponse: null,
      responseDetails: undefined,
    } as unknown as Trace;
    const responses = {
      '200': { statusCode: '200', responseTemplates: { 'application/json': 'bad', 'text/plain': '  ' } },
    };
    const result = allResponseTemplateDiagnostics(responses, trace, (t) =>
      t === 'bad' ? { message: 'nope', line: 1, column: 1 } : null,
    );
    expect(result).toEqual({ '200': { 'application/json': [expect.objectContaining({ message: 'nope' })] } });
  });
});
