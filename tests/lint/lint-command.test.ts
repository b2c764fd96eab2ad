// `integration-designer lint <files and globs…> [--format json]` and `test` failing on invalid output, through main().
import { describe, expect, it } from 'vitest';
import { captureIo } from '../cli/capture-io.ts';
import { main } from '../../src/cli/main.ts';

const TRAPS = 'tests/lint/fixtures/traps.design.json';

async function run(...args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('lint command', () => {
  it('--format json: one row per finding, line and column inside the template that location names; exit 1', async () => {
    const r = await run('lint', TRAPS, '--format', 'json');
    expect(r.code).toBe(1);
    const rows = JSON.parse(r.stdout);
    const location = 'integration.requestTemplates["application/json"]';
    expect(rows).toEqual([
      expect.objectContaining({ file: TRAPS, location, line: 3, column: 24, severity: 'warning', rule: 'VTL005' }),
      expect.objectContaining({ file: TRAPS, location, line: 4, column: 12, severity: 'warning', rule: 'VTL001' }),
      expect.objectContaining({ file: TRAPS, location, line: 4, column: 12, severity: 'error', rule: 'OUT001' }),
    ]);
    for (const row of rows)
      expect(Object.keys(row).sort()).toEqual(['column', 'file', 'line', 'location', 'message', 'rule', 'severity']);
    expect(rows[2].message).toContain("invalid JSON for sample 'apostrophe' at line 4, column 12");
  });

  it('human output: file, location:line:column, severity, rule, message, then a summary', async () => {
    const r = await run('lint', TRAPS);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${TRAPS}: integration.requestTemplates["application/json"]:4:12: warning VTL001: $util.escapeJavaScript escapes`,
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('3 findings (1 errors, 2 warnings, 0 info)');
  });

  it('the golden designs lint clean through a glob (no false positives on good templates): exit 0', async () => {
    const r = await run('lint', 'tests/fixtures/designs/valid-*.json');
    expect(r).toEqual({ code: 0, stdout: 'no findings\n', stderr: '' });
  });

  it.each([
    [['lint'], 'lint: expected at least one file or glob'],
    [['lint', TRAPS, '--format', 'xml'], 'lint: --format must be human or json, not xml'],
    [['lint', TRAPS, '--fix'], 'lint: unknown option --fix'],
    [['lint', 'missing.json'], 'missing.json: no such file'],
    [['lint', 'tests/lint/fixtures/*.nothing'], 'lint: tests/lint/fixtures/*.nothing: no file matches'],
  ])('%j exits 2: %s', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('test command and invalid output', () => {
  it('a sample whose JSON integration request does not parse fails, with the template line that wrote it', async () => {
    const r = await run('test', TRAPS);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '✗ apostrophe\n    integration request body: expected "valid JSON", got "invalid JSON"\n',
    );
    expect(r.stdout).toContain('at line 4, column 12 of integration.requestTemplates["application/json"]');
  });
});
