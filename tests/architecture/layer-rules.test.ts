// The layer rules of docs/architecture.md#layers bite: each probe file below is linted with the project's own
// biome.jsonc (in a scratch copy of the folder layout), and each forbidden import must be reported while each
// allowed one passes. A second check type-checks a probe with tsconfig.engine.json: the DOM and Node globals must
// not exist for the engine and model.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');

const CASES: { file: string; from: string; allowed: boolean; why: string }[] = [
  { file: 'src/engine/a1.ts', from: '../ui/shell/app.tsx', allowed: false, why: 'engine imports the UI' },
  { file: 'src/engine/vtl/a2.ts', from: '../../store/hooks.tsx', allowed: false, why: 'engine imports the store' },
  { file: 'src/engine/a3.ts', from: '../worker/protocol.ts', allowed: false, why: 'engine imports the worker' },
  { file: 'src/engine/a4.ts', from: '../mocks/node.ts', allowed: false, why: 'engine imports the mocks' },
  { file: 'src/engine/a5.ts', from: '../share/index.ts', allowed: false, why: 'engine imports sharing' },
  { file: 'src/engine/a6.ts', from: '../formats/registry.ts', allowed: false, why: 'engine imports export formats' },
  { file: 'src/engine/a7.ts', from: '../cli/io.ts', allowed: false, why: 'engine imports the CLI' },
  { file: 'src/engine/a8.ts', from: 'react', allowed: false, why: 'engine imports React' },
  { file: 'src/engine/a9.ts', from: 'msw', allowed: false, why: 'engine imports MSW' },
  { file: 'src/engine/b1.ts', from: 'idb', allowed: false, why: 'engine imports idb' },
  { file: 'src/engine/b2.ts', from: 'node:fs', allowed: false, why: 'engine imports a Node module' },
  { file: 'src/engine/b3.ts', from: '../model/types.ts', allowed: true, why: 'engine reads the model' },
  { file: 'src/engine/b4.ts', from: './request/pipeline.ts', allowed: true, why: 'engine imports itself' },
  { file: 'src/model/c1.ts', from: '../engine/index.ts', allowed: false, why: 'model imports the engine' },
  { file: 'src/model/validate/c2.ts', from: '../../ui/app.tsx', allowed: false, why: 'model imports the UI' },
  { file: 'src/model/c3.ts', from: 'zustand', allowed: false, why: 'model imports the store library' },
  { file: 'src/model/c4.ts', from: './types.ts', allowed: true, why: 'model imports itself' },
  { file: 'src/ui/d1.ts', from: '../engine/trace.ts', allowed: false, why: 'UI goes around the engine index' },
  { file: 'src/ui/preview/d2.ts', from: '../../engine/index.ts', allowed: true, why: 'UI uses the engine index' },
  { file: 'src/cli/d3.ts', from: '../engine/vtl/render-vtl.ts', allowed: false, why: 'CLI goes around the index' },
  { file: 'src/mocks/d4.ts', from: '../engine/request/payload-bytes.ts', allowed: false, why: 'mocks go around it' },
  { file: 'src/worker/d5.ts', from: '../engine/index.ts', allowed: true, why: 'worker uses the engine index' },
  { file: 'bench/d6.ts', from: '../src/engine/simulate.ts', allowed: false, why: 'a benchmark goes around it' },
  { file: 'tests/d7.test.ts', from: '../src/engine/simulate.ts', allowed: true, why: 'unit tests reach internals' },
];

const scratch = mkdtempSync(join(tmpdir(), 'layer-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(scratch, path)), { recursive: true });
  writeFileSync(join(scratch, path), text);
}

function lintedFiles(): Set<string> {
  copyFileSync(join(ROOT, 'biome.jsonc'), join(scratch, 'biome.jsonc'));
  for (const c of CASES) write(c.file, `import { probe } from '${c.from}';\n\nexport const used = probe;\n`);
  const run = spawnSync(join(BIN, 'biome'), ['lint', '--vcs-enabled=false', '--reporter=json', '.'], {
    cwd: scratch,
    encoding: 'utf8',
  });
  const json = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
    diagnostics: { category: string; location: { path: string } }[];
  };
  const other = json.diagnostics.filter((d) => d.category !== 'lint/style/noRestrictedImports');
  expect(other, 'probes should trip only the import rule').toEqual([]);
  return new Set(json.diagnostics.map((d) => d.location.path));
}

describe('layer rules in biome.jsonc (docs/architecture.md#layers)', () => {
  const reported = lintedFiles();
  it.each(CASES)('$file imports $from: allowed=$allowed ($why)', ({ file, allowed }) => {
    expect(reported.has(file)).toBe(!allowed);
  });
});

describe('tsconfig.engine.json: the engine and model see no DOM and no Node', () => {
  it('reports document, window, localStorage, process and Buffer, and accepts the portable globals', () => {
    write(
      'engine-probe.ts',
      [
        'export const a = document.title;',
        'export const b = window.location;',
        'export const c = localStorage.length;',
        'export const d = process.env;',
        "export const e = Buffer.from('');",
        "export const ok = [new TextEncoder().encode('x'), new URL('https://x/'), btoa('x'), structuredClone(1)];",
        '',
      ].join('\n'),
    );
    write(
      'tsconfig.json',
      JSON.stringify({
        extends: join(ROOT, 'tsconfig.engine.json'),
        files: [join(scratch, 'engine-probe.ts'), join(ROOT, 'types/portable-globals.d.ts')],
        include: [],
      }),
    );
    const run = spawnSync(join(BIN, 'tsc'), ['-p', join(scratch, 'tsconfig.json')], { encoding: 'utf8' });
    const lines = run.stdout
      .split('\n')
      .filter((l) => l.includes('engine-probe.ts('))
      .map((l) => Number(/\((\d+),/.exec(l)?.[1]));
    expect(lines).toEqual([1, 2, 3, 4, 5]);
  }, 60_000);
});
