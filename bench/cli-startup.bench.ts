// What the installed command costs a CI job: the CPU time (user + system) of `integration-designer --help` and of
// `integration-designer test` on a design with 200 samples, each against a bare `node -e 0` measured in the same run
// (interleaved, median of RUNS). Budgets (issue #13): --help within 1.5x the baseline; the 200 samples under 0.5 s.
// Measured as a team runs it: the package's files (bin/, dist/, package.json: what `npm install` lays out, the
// package has no runtime dependencies) in a project's node_modules, not this checkout's bin/, which first checks
// whether dist/ is older than src/ (a convenience of the repository, not part of the package).
// `npx tsx bench/cli-startup.bench.ts` prints the table; `npm run bench` collects it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './bench-row.ts';
import { formatTable } from './bench-row.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/integration-designer.js');
const PRELOAD = join(ROOT, 'bench/cpu-at-exit.cjs');
const RUNS = 9;

/** A design whose 200 samples each run the whole round trip (template, parameter mapping, mocked HTTP backend). */
export function design200(): unknown {
  return {
    format: 'integration-designer/1',
    name: 'bench: 200 samples',
    api: { stageName: 'test' },
    method: { httpMethod: 'POST', resourcePath: '/pets/{petId}' },
    integration: {
      type: 'HTTP',
      httpMethod: 'PUT',
      uri: 'https://pets.example.com/pets/{id}',
      requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
      requestTemplates: {
        'application/json': `#set($pet = $input.path('$'))\n{"id": "$input.params('petId')", "name": "$util.escapeJavaScript($pet.name)"}`,
      },
      integrationResponses: { '200': { statusCode: '200' } },
    },
    methodResponses: { '200': { statusCode: '200' } },
    backend: { http: { echo: true } },
    samples: Array.from({ length: 200 }, (_, i) => ({
      name: `pet ${i}`,
      method: 'POST',
      path: `/pets/${i}`,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: `Rex ${i}` }),
      expect: {
        status: 200,
        integrationRequestUrl: `https://pets.example.com/pets/${i}`,
        integrationRequestJson: { '$.name': `Rex ${i}` },
      },
    })),
  };
}

function cpuOf(args: string[], report: string): number {
  rmSync(report, { force: true });
  const run = spawnSync(process.execPath, ['-r', PRELOAD, ...args], {
    cwd: ROOT,
    env: { ...process.env, CPU_REPORT: report },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr || run.stdout}`);
  return Number(readFileSync(report, 'utf8').trim());
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runCliStartupBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'id-bench-'));
  try {
    const designFile = join(dir, 'design.json');
    writeFileSync(designFile, JSON.stringify(design200()));
    const report = join(dir, 'cpu.txt');
    // A checkout rebuilds dist/ when its sources are newer: do it now, then lay the package out as installed.
    cpuOf([BIN, '--version'], report);
    const installed = join(dir, 'project/node_modules/integration-designer');
    for (const part of ['bin', 'dist', 'package.json'])
      cpSync(join(ROOT, part), join(installed, part), { recursive: true });
    const bin = join(installed, 'bin/integration-designer.js');
    const baseline: number[] = [];
    const help: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(cpuOf(['-e', '0'], report));
      help.push(cpuOf([bin, '--help'], report));
      test.push(cpuOf([bin, 'test', designFile], report));
    }
    const base = median(baseline);
    const row = (name: string, values: number[], note: string): BenchRow => {
      const ms = median(values);
      return { name, msPerOp: ms, baselineMsPerOp: base, ratio: ms / base, note };
    };
    const helpRow = row('integration-designer --help (CPU vs node -e 0)', help, 'budget 1.5x');
    const testRow = row('integration-designer test, 200 samples (CPU)', test, '');
    testRow.note = `budget 500 ms CPU: ${testRow.msPerOp <= 500 ? 'within' : 'OVER'}`;
    if (helpRow.ratio > 1.5) helpRow.note = 'budget 1.5x: OVER';
    return [helpRow, testRow];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(formatTable(await runCliStartupBench()));
