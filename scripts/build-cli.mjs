// Builds the package's JavaScript with esbuild, so that nothing is transpiled at run time and the package needs no
// runtime dependencies: dist/cli.cjs (the command: one CommonJS file, which bin/integration-designer.js runs through a
// V8 code cache, bin/code-cache.js), dist/usage.cjs (its answers that need no subcommand: usage, --version), dist/index.js and dist/index.cjs (the library), dist/types/ (declarations, by
// tsc) and dist/THIRD-PARTY-NOTICES.txt (the licences of the bundled packages). `npm ci`, `npm pack` and
// `npm publish` run it through `prepare` (a clean build: dist/ is emptied first, so nothing of an earlier build ships);
// bin/integration-designer.js runs it (without the types) in a checkout whose sources are newer than dist/.
// usage: node scripts/build-cli.mjs [--no-types]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { thirdPartyNotices } from './third-party-notices.mjs';
import { COOKIE_STORE_STUB, isMswCookieStoreImport } from './msw-cookie-store-stub.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');
/** What bin/integration-designer.js reads to tell whether dist/ is older than its sources. */
export const INPUTS_FILE = 'build-inputs.json';

/** msw's cookie jar left out of the command (scripts/msw-cookie-store-stub.mjs says why). */
const noCookieJar = {
  name: 'msw-without-cookie-jar',
  setup(build) {
    build.onResolve({ filter: /cookieStore\.m?js$/ }, (args) =>
      isMswCookieStoreImport(args.path, args.importer) ? { path: 'msw-cookie-store', namespace: 'stub' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: COOKIE_STORE_STUB, loader: 'js' }));
  },
};

/**
 * velocityjs logs through `debug`, whose Node build loads node:tty at start-up (about 7 ms of every run) to colour
 * output nobody turns on here: the bundles get a `debug` that logs nothing.
 */
const silentVelocityDebug = {
  name: 'silent-velocityjs-debug',
  setup(build) {
    build.onResolve({ filter: /^debug$/ }, (args) =>
      /[\\/]velocityjs[\\/]/.test(args.importer) ? { path: 'debug', namespace: 'silent-debug' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'silent-debug' }, () => ({
      contents: 'module.exports = () => Object.assign(() => {}, { enabled: false });',
      loader: 'js',
    }));
  },
};

/** Writes a file so that a reader sees the old or the new content, never half of it (renames are atomic). */
function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/** What every bundle shares: Node 20.19+, minified syntax and whitespace (not names: stack traces stay readable). */
const COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none', // the licences are in THIRD-PARTY-NOTICES.txt
  metafile: true,
  write: false,
  plugins: [noCookieJar, silentVelocityDebug],
};

/** The first line of dist/cli.cjs: its content hash, which names its code caches (bin/code-cache.js). */
function stamped(contents) {
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 16);
  return Buffer.concat([Buffer.from(`/* integration-designer build ${hash} */\n`), contents]);
}

/**
 * Bundles the command and the library into dist/. `clean` empties dist/ first (a release build); without it, the new
 * files replace the old ones one by one (a command started a moment before still finds a whole dist/cli.cjs), and
 * then what the build no longer makes is removed. `commandOnly` builds dist/cli.cjs and dist/usage.cjs alone (what
 * bin/integration-designer.js needs when it rebuilds a checkout: a third of the work).
 */
export async function buildCli({ clean = false, types = false, quiet = false, commandOnly = false } = {}) {
  const startedAt = Date.now();
  const { build } = await import('esbuild');
  // The designer's own build (scripts/build-app.mjs, for `open`) stays: it is made apart and takes a minute.
  if (clean && existsSync(DIST)) {
    for (const name of readdirSync(DIST))
      if (!KEEP.has(name)) rmSync(join(DIST, name), { recursive: true, force: true });
  }
  const logLevel = quiet ? 'error' : 'warning';
  const builds = [
    // What the command answers without a subcommand (usage, --version, an unknown command): bin/ loads this small
    // file first and the whole command only when there is work to do.
    build({
      ...COMMON,
      entryPoints: { usage: 'src/cli/quick-answers.ts' },
      outdir: 'dist',
      outExtension: { '.js': '.cjs' },
      format: 'cjs',
      logLevel,
    }),
    // The command as one CommonJS file: V8 can cache the compiled code of a script (vm.Script), not of ES modules,
    // on Node 20. Subcommands stay lazy inside it (esbuild turns each import() into a function run on first use).
    build({
      ...COMMON,
      entryPoints: { cli: 'src/cli/main.ts' },
      outdir: 'dist',
      outExtension: { '.js': '.cjs' },
      format: 'cjs',
      // Bundled ES modules that ask for import.meta.url (tinyglobby's fdir) get the bundle's own URL.
      define: { 'import.meta.url': '__idImportMetaUrl' },
      banner: { js: "var __idImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
      logLevel,
    }),
  ];
  if (!commandOnly)
    builds.push(
      build({
        ...COMMON,
        entryPoints: { index: 'src/lib/index.ts' },
        outdir: 'dist',
        format: 'esm',
        // Bundled CommonJS packages may require() Node built-ins; ESM has no require of its own.
        banner: {
          js: "import { createRequire as __idCreateRequire } from 'node:module'; const require = __idCreateRequire(import.meta.url);",
        },
        logLevel,
      }),
      // The library once more as one CommonJS file, for test runners that require() (Jest without ESM support).
      build({
        ...COMMON,
        entryPoints: { index: 'src/lib/index.ts' },
        outfile: 'dist/index.cjs',
        format: 'cjs',
        logLevel,
      }),
    );
  const results = await Promise.all(builds);
  const files = results
    .flatMap((r) => r.outputFiles)
    .map((f) => ({
      path: f.path,
      contents: f.path === join(DIST, 'cli.cjs') ? stamped(f.contents) : f.contents,
    }));
  for (const file of files) writeAtomically(file.path, file.contents);

  const inputs = [...new Set(results.flatMap((r) => Object.keys(r.metafile.inputs)))];
  writeAtomically(
    join(DIST, 'THIRD-PARTY-NOTICES.txt'),
    thirdPartyNotices(ROOT, inputs, 'Integration Designer bundles the following packages into dist/.'),
  );
  if (types) buildTypes();
  const own = inputs
    .filter((p) => !p.includes('node_modules/') && !p.includes(':'))
    .concat(['scripts/build-cli.mjs', 'package.json']);
  writeAtomically(join(DIST, INPUTS_FILE), `${JSON.stringify({ startedAt, inputs: own })}\n`);
  if (!commandOnly)
    removeStale(new Set([...files.map((f) => f.path), join(DIST, 'THIRD-PARTY-NOTICES.txt'), join(DIST, INPUTS_FILE)]));
  if (!quiet) {
    const size = files.reduce((n, f) => n + f.contents.length, 0);
    console.error(`dist/: ${files.length} files, ${(size / 1024).toFixed(0)} KB (${Date.now() - startedAt} ms)`);
  }
}

/** What scripts/build-app.mjs puts in dist/ (the designer `open` serves): neither a clean build nor removeStale touch it. */
const KEEP = new Set(['app', 'app-build.json']);

/** Removes what earlier builds left in dist/ (chunks of the former layout, renamed outputs); types/ is tsc's. */
function removeStale(made) {
  for (const file of walk(DIST)) {
    const top = relative(DIST, file).split(/[\\/]/)[0];
    if (made.has(file) || KEEP.has(top) || top === 'types' || /\.d\.c?ts$|\.tmp$/.test(file)) continue;
    rmSync(file, { force: true });
  }
  for (const dir of readdirSync(DIST, { withFileTypes: true }))
    if (dir.isDirectory() && walk(join(DIST, dir.name)).length === 0) rmSync(join(DIST, dir.name), { recursive: true });
}

/** Declarations for the library (dist/types), with `.ts` import specifiers turned into the `.js` Node resolves. */
function buildTypes() {
  const out = join(DIST, 'types');
  rmSync(out, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) throw new Error('tsc could not emit the library declarations (see above)');
  for (const file of walk(out)) {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/(['"])(\.{1,2}\/[^'"]*?)\.tsx?\1/g, '$1$2.js$1'));
  }
  // The package's "types" entry: one stable path whatever the layout of src/.
  writeFileSync(join(DIST, 'index.d.ts'), "export * from './types/lib/index.js';\n");
  writeFileSync(join(DIST, 'index.d.cts'), "export * from './types/lib/index.js';\n");
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const types = !process.argv.includes('--no-types');
  await buildCli({ clean: true, types }).catch((e) => {
    console.error(`build-cli: ${e.message}`);
    process.exit(1);
  });
}
