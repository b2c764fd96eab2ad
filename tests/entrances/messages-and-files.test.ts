// The other ways in: messages to and from the engine worker are checked on arrival; YAML files carry only JSON
// values (YAML's own types are refused with where they are, https://yaml.org/spec/1.2.2/#103-core-schema); the
// recovery screen's report is `path: message`, never a stack; the exporters refuse a design that fails the schema
// instead of writing `[object Object]`.
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/formats/registry.ts';
import { parseStructuredText } from '../../src/formats/shared/structured-text.ts';
import { defaultDesign } from '../../src/model/defaults.ts';
import type { Design } from '../../src/model/types.ts';
import { crashReport } from '../../src/ui/shell/crash-report.ts';
import { checkEngineRequest } from '../../src/worker/protocol.ts';
import { checkEngineReply } from '../../src/worker/reply-check.ts';

describe('engine worker messages', () => {
  it('a simulate message with a wrongly typed design or sample is answered with path: message', () => {
    const design = { ...defaultDesign(), integration: { ...defaultDesign().integration, uri: -1 } };
    expect(checkEngineRequest({ kind: 'simulate', id: 1, design, sample: { body: 5 } })).toEqual({
      ok: false,
      id: 1,
      message:
        'the design cannot be run: integration.uri: expected a string, got a number (-1); sample.body: expected a string, got a number (5)',
    });
  });
  it('a well-formed message passes; an unknown one is refused', () => {
    expect(checkEngineRequest({ kind: 'simulate', id: 2, design: defaultDesign(), sample: {} }).ok).toBe(true);
    expect(checkEngineRequest({ kind: 'clear-mock-stores' }).ok).toBe(true);
    expect(checkEngineRequest({ kind: 'format-disk', id: 3 })).toMatchObject({ ok: false, id: 3 });
    expect(checkEngineRequest('simulate')).toMatchObject({ ok: false, id: null });
  });
  it('replies of another shape are ignored by the page', () => {
    const failed = { status: 'failed', run: null, message: 'x' };
    expect(checkEngineReply({ kind: 'result', id: 1, result: failed, echoes: [] })).not.toBeNull();
    expect(checkEngineReply({ kind: 'trace', id: 1 })).toBeNull();
    expect(checkEngineReply(null)).toBeNull();
  });
  // The page's check is written out by hand (reply-check.ts); it refuses what the zod schema it replaced refused
  // (compared on 10,836 variants of recorded replies when it was written).
  it.each([
    ['an id that is not a finite number', { kind: 'waiting', id: Number.NaN, waiting: true }],
    ['an infinite id', { kind: 'resend', id: Number.POSITIVE_INFINITY }],
    ['a kind that is a name every object has', { kind: 'toString', id: 1 }],
    ['a kind that is not a string', { kind: ['ready'] }],
    ['an array for an object', ['ready']],
    [
      'echoes that are not trace parts',
      { kind: 'result', id: 1, result: { status: 'failed', message: 'x' }, echoes: ['trace'] },
    ],
    [
      'a batch outcome without its status code',
      {
        kind: 'batch-result',
        id: 1,
        outcomes: [{ key: 'GET /', sampleIndex: 0, sampleName: 'a', passed: true, mismatches: [], error: null }],
      },
    ],
  ])('refuses %s', (_, reply) => {
    expect(checkEngineReply(reply)).toBeNull();
  });
  it('lets through fields it does not know (the page ignores them) and a batch outcome with a null status code', () => {
    const outcome = {
      key: 'GET /',
      sampleIndex: 0,
      sampleName: 'a',
      passed: false,
      statusCode: null,
      mismatches: [{ field: 'status' }],
      error: 'x',
    };
    expect(checkEngineReply({ kind: 'ready', worker: 'engine' })).not.toBeNull();
    expect(checkEngineReply({ kind: 'batch-result', id: 2, outcomes: [outcome] })).not.toBeNull();
  });
  it('a ready result carries design findings that say what and where (the validation panel lists them)', () => {
    const selectionCheck = { text: '', outcome: { selected: null, message: 'x', notes: [] }, verdicts: {} };
    const run = { trace: { log: [] }, templateDiagnostics: {}, durationMs: 1, selectionCheck };
    const finding = { code: 'API003', message: 'binaryMediaTypes */* ...', location: 'api.binaryMediaTypes[0]' };
    const reply = (designFindings: unknown) => ({
      kind: 'result',
      id: 1,
      result: { status: 'ready', run: { ...run, designFindings }, message: null },
      echoes: [],
    });
    expect(checkEngineReply(reply([finding]))).not.toBeNull();
    expect(checkEngineReply(reply([]))).not.toBeNull();
    expect(checkEngineReply(reply(undefined))).toBeNull();
    expect(checkEngineReply(reply([{ code: 'API003', message: 'no location' }]))).toBeNull();
    expect(checkEngineReply(reply('API003'))).toBeNull();
  });
  it('a ready result carries the selection check the responses editor shows: its words, each verdict known', () => {
    const run = { trace: { log: [] }, templateDiagnostics: {}, durationMs: 1, designFindings: [] };
    const reply = (selectionCheck: unknown) => ({
      kind: 'result',
      id: 1,
      result: { status: 'ready', run: { ...run, selectionCheck }, message: null },
      echoes: [],
    });
    const outcome = { selected: '200', message: 'Selects 200 (the default response)', notes: [] };
    const verdicts = {
      '200': { kind: 'default' },
      '400': { kind: 'invalid', message: 'selectionPattern "(" ignored' },
    };
    expect(checkEngineReply(reply({ text: '200', outcome, verdicts }))).not.toBeNull();
    expect(checkEngineReply(reply(undefined))).toBeNull();
    expect(checkEngineReply(reply({ text: '200', outcome: { selected: '200' }, verdicts }))).toBeNull();
    expect(checkEngineReply(reply({ text: '200', outcome, verdicts: { '400': { kind: 'invalid' } } }))).toBeNull();
    expect(checkEngineReply(reply({ text: '200', outcome, verdicts: { '400': { kind: 'maybe' } } }))).toBeNull();
  });
  it('the design problems sent before a run say what (message) and where (path), with a known severity', () => {
    const reply = (problems: unknown) => ({ kind: 'problems', id: 4, problems });
    expect(checkEngineReply(reply([{ path: 'integration.uri', message: 'is required' }]))).not.toBeNull();
    expect(
      checkEngineReply(reply([{ path: 'integration.timeoutInMillis', message: 'x', severity: 'warning' }])),
    ).not.toBeNull();
    expect(checkEngineReply(reply([]))).not.toBeNull();
    expect(checkEngineReply(reply([{ message: 'no path' }]))).toBeNull();
    expect(checkEngineReply(reply([{ path: 'a', message: 'b', severity: 'fatal' }]))).toBeNull();
    expect(checkEngineReply(reply('integration.uri is required'))).toBeNull();
  });
});

describe('YAML values without a JSON form are refused, with where they are', () => {
  it.each([
    ['data: !!binary aGVsbG8=', /line 1, column \d+: the YAML tag !!binary is not supported/],
    ['when: !!timestamp 2001-12-14', /the YAML tag !!timestamp is not supported/],
    ['tags: !!set {a, b}', /the YAML tag !!set is not supported/],
    ['steps: !!omap [a: 1]', /the YAML tag !!omap is not supported/],
    ['limit: .inf', /Infinity is not a number JSON can hold; quote it/],
    ['ratio: .nan', /NaN is not a number JSON can hold/],
  ])('%s', (text, error) => {
    const parsed = parseStructuredText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
  it('plain YAML, a date-like string and CloudFormation tags still read', () => {
    expect(parseStructuredText('day: 2001-12-14\nref: !Ref Api\nn: 3')).toEqual({
      ok: true,
      syntax: 'yaml',
      value: { day: '2001-12-14', ref: { Ref: 'Api' }, n: 3 },
    });
  });
});

describe('the recovery screen says what was wrong', () => {
  it('schema problems as path: message', () => {
    const design = { ...defaultDesign(), method: { httpMethod: 'GET', resourcePath: 0 } };
    expect(crashReport(design, new TypeError('x.startsWith is not a function'))).toEqual([
      'method.resourcePath: expected a string, got a number (0)',
    ]);
  });
  it('else the first line of the error, never its stack', () => {
    const error = new TypeError('Cannot read properties of undefined');
    expect(crashReport(defaultDesign(), error)).toEqual(['Cannot read properties of undefined']);
    expect(crashReport(defaultDesign(), {})).toEqual(['an unexpected error occurred while showing the design']);
  });
});

describe('exporters refuse wrongly typed designs instead of writing [object Object]', () => {
  const bad = {
    ...defaultDesign(),
    name: { en: 'x' },
    integration: { ...defaultDesign().integration, uri: { host: 'x' } },
  };
  it.each(EXPORT_FORMATS.map((f) => [f.id, f] as const))('%s', (_id, format) => {
    expect(() => format.export(bad as unknown as Design)).toThrow(/name: expected a string, got an object/);
    expect(() => format.fileName(bad as unknown as Design)).toThrow(/integration\.uri: expected a string/);
  });
});
