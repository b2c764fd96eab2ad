// The package as users get it (issue #13): `npm pack` (which builds dist/ through `prepare`, and the designer app
// into dist/app/ through `prepack` when it is not built yet), installed from the
// tarball into an empty project with `npm install --omit=dev --offline` (no registry needed: it has no runtime
// dependencies), then the command and the library used there as a team's CI would: `npx integration-designer test`,
// `import { renderTemplate, simulate } from 'integration-designer'` (ESM, CommonJS and TypeScript types).
// `npm pack` makes a clean build: a file an earlier build left in dist/ does not ship.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'id-package-'));
const project = join(work, 'consumer');
let files: string[] = [];
const STALE = 'dist/chunks/stale-chunk-of-an-earlier-build.js';

function sizeOf(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0);
}

function run(command: string, args: string[]) {
  return spawnSync(command, args, { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  mkdirSync(join(ROOT, 'dist/chunks'), { recursive: true });
  writeFileSync(join(ROOT, STALE), 'export {};\n');
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { filename: string; files: { path: string }[] }[];
  files = packed[0]!.files.map((f) => f.path);
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync(
    'npm',
    ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', join(work, packed[0]!.filename)],
    { cwd: project, stdio: 'ignore' },
  );
  cpSync(join(ROOT, 'tests/fixtures/package'), project, { recursive: true });
  cpSync(join(ROOT, 'examples/sam-pets'), join(project, 'api'), { recursive: true });
}, 600_000); // the first pack builds the designer app (vite build: a minute or more on a shared machine)

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(ROOT, STALE), { force: true });
});

describe('the packed package', { timeout: 60_000 }, () => {
  it('holds the built command, the library, its types and licences, and nothing of the repository', () => {
    for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/integration-designer.js', 'bin/code-cache.js'])
      expect(files).toContain(f);
    expect(files).toContain('dist/cli.cjs');
    expect(files).not.toContain(STALE);
    expect(files.filter((f) => f.startsWith('dist/chunks/'))).toEqual([]);
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/THIRD-PARTY-NOTICES.txt'])
      expect(files).toContain(f);
    for (const f of ['dist/app/index.html', 'dist/app/THIRD-PARTY-NOTICES.txt']) expect(files).toContain(f);
    const strays = files.filter((f) => /^(src|tests|e2e|scripts|bench|public|examples)\/|fixtures|\.ts$/.test(f));
    expect(strays.filter((f) => !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('installs with --omit=dev into at most 25 MB of node_modules', () => {
    expect(sizeOf(join(project, 'node_modules'))).toBeLessThan(25 * 1024 * 1024);
  });

  // node_modules/.bin/integration-designer is what `npx integration-designer` runs (npx itself adds seconds).
  it('integration-designer --help and test run from the installed package', () => {
    const bin = join(project, 'node_modules/.bin/integration-designer');
    const help = run(bin, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('integration-designer test');
    const test = run(bin, ['test', 'design.json']);
    expect(test.stderr).toBe('');
    expect(test.stdout).toContain('1 passed, 0 failed');
    expect(test.status).toBe(0);
    // The README's CI recipe: a tests file of the team's own SAM template, JUnit XML for the CI's test tab.
    // The second run compiles nothing again: it reads the code cache the first one left in node_modules/.cache.
    const caches = readdirSync(join(project, 'node_modules/.cache/integration-designer'));
    expect(caches.filter((f) => /^test-.*\.v8cache$/.test(f))).toHaveLength(1);
    const again = run(bin, ['test', 'design.json']);
    expect(again.stdout).toBe(test.stdout);
    const junit = run(bin, ['test', 'api/*.tests.yaml', '--reporter', 'junit']);
    expect(junit.stderr).toBe('');
    expect(junit.stdout).toMatch(/<testsuites name="integration-designer" tests="5" failures="0"/);
    expect(junit.status).toBe(0);
  });

  it('open serves the designer the package ships, on 127.0.0.1, with the file API', async () => {
    const bin = join(project, 'node_modules/.bin/integration-designer');
    const child = spawn(bin, ['open', 'api/template.yaml', '--no-browser', '--port', '0'], { cwd: project });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`open exited with ${code}: ${out}`)));
      });
      const index = await (await fetch(url)).text();
      expect(index).toContain('<div id="root"></div>');
      expect(index).toContain('<meta name="integration-designer-open-file" content="/__open/file" />');
      const file = (await (await fetch(new URL('/__open/file', url))).json()) as { name: string };
      expect(file.name).toBe('template.yaml');
    } finally {
      child.kill('SIGINT');
    }
  });

  it('import { renderTemplate, simulate, evaluateVTL } works in ESM and in CommonJS', () => {
    const esm = run(process.execPath, ['library-use.mjs']);
    expect(esm.stderr).toBe('');
    expect(JSON.parse(esm.stdout)).toEqual({
      rendered: '{"name": "Rex"}',
      status: 200,
      url: 'https://pets.example.com/pets/42',
    });
    const cjs = run(process.execPath, ['library-use.cjs']);
    expect(cjs.stderr).toBe('');
    expect(JSON.parse(cjs.stdout)).toEqual({ rendered: '{"name": "Rex"}' });
  });

  it('ships types a TypeScript project type-checks against (moduleResolution nodenext)', () => {
    const tsc = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
