// `export <design.json> --into <api-file>` (issue #16, export back): the design's method written into the template
// that declares it, in place — only that method's changed lines differ — or refused with the reason.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from './capture-io.ts';
import { main } from '../../src/cli/main.ts';
import { readApiDesigns } from '../../src/formats/api-definition/read-api-designs.ts';
import type { Design } from '../../src/model/types.ts';

const work = mkdtempSync(join(tmpdir(), 'export-into-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SOURCE = 'tests/fixtures/formats/import/pets-stack.cfn.yaml';

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

function setUp(edit: (d: Design) => void, key = 'GET /pets') {
  const template = join(work, `${Math.random().toString(36).slice(2)}.yaml`);
  copyFileSync(SOURCE, template);
  const read = readApiDesigns(readFileSync(SOURCE, 'utf8'));
  if (!read.ok) throw new Error(read.error);
  const design = structuredClone(read.api.methods.get('GET /pets')!.design);
  if (key !== 'GET /pets') design.method.resourcePath = key.split(' ')[1]!;
  edit(design);
  const designFile = join(work, 'design.json');
  writeFileSync(designFile, JSON.stringify(design));
  return { template, designFile };
}

describe('export --into', { timeout: 60_000 }, () => {
  it('writes the one changed field into the template, every other line as it was', async () => {
    const { template, designFile } = setUp((d) => {
      d.integration.timeoutInMillis = 5000;
    });
    const r = await run(['export', designFile, '--into', template]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `${template}: GET /pets written\n`]);
    const before = readFileSync(SOURCE, 'utf8').split('\n');
    const after = readFileSync(template, 'utf8').split('\n');
    expect(after.length).toBe(before.length + 1);
    expect(after.filter((line) => !before.includes(line))).toEqual(['        TimeoutInMillis: 5000']);
  });

  it('nothing changed: the file is not written', async () => {
    const { template, designFile } = setUp(() => {});
    const r = await run(['export', designFile, '--into', template]);
    expect([r.code, r.stderr]).toEqual([0, `${template}: GET /pets already says all this; not written\n`]);
    expect(readFileSync(template, 'utf8')).toBe(readFileSync(SOURCE, 'utf8'));
  });

  it('a method the template does not declare: exit 1 with the reason, the file untouched', async () => {
    const { template, designFile } = setUp(() => {}, 'GET /nope');
    const r = await run(['export', designFile, '--into', template]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${template}: GET /nope: no such method in the file (new methods are not written back; export them instead)\n`,
    );
    expect(readFileSync(template, 'utf8')).toBe(readFileSync(SOURCE, 'utf8'));
  });

  it('--to and --into together: exit 2', async () => {
    const { template, designFile } = setUp(() => {});
    const r = await run(['export', designFile, '--to', 'openapi', '--into', template]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('export: --to and --into: choose one');
  });

  // Through the built command (dist/cli.js, bundled by esbuild): the JSON editor's package must bundle as well.
  it('the built command writes into a JSON template', () => {
    const source = 'tests/fixtures/formats/golden/aws.cfn.json';
    const template = join(work, 'aws.cfn.json');
    copyFileSync(source, template);
    const read = readApiDesigns(readFileSync(source, 'utf8'));
    if (!read.ok) throw new Error(read.error);
    const [key, method] = [...read.api.methods][0]!;
    const design = structuredClone(method.design);
    design.integration.timeoutInMillis = 4321;
    const designFile = join(work, 'json.design.json');
    writeFileSync(designFile, JSON.stringify(design));
    const r = spawnSync(process.execPath, ['bin/integration-designer.js', 'export', designFile, '--into', template], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe(`${template}: ${key} written\n`);
    expect(r.status).toBe(0);
    const before = readFileSync(source, 'utf8').split('\n');
    const after = readFileSync(template, 'utf8').split('\n');
    expect(after.filter((line) => !before.includes(line)).map((l) => l.trim())).toEqual(['"TimeoutInMillis": 4321,']);
  }, 120_000);
});
