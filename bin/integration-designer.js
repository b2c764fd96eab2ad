#!/usr/bin/env node
// The `integration-designer` command: runs the prebuilt dist/cli.cjs (scripts/build-cli.mjs, which `npm ci`,
// `npm pack` and `npm publish` run through `prepare`) through a V8 code cache (code-cache.js); nothing is transpiled
// at run time. In a checkout of the repository (src/ next to dist/), a dist/ older than any source it was built from
// is rebuilt first, so the command never runs stale code while you edit. The published package has no src/ and skips
// that check.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadWithCodeCache } from './code-cache.js';

const root = new URL('../', import.meta.url);

function distIsStale() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(new URL('dist/build-inputs.json', root), 'utf8'));
  } catch {
    return true;
  }
  for (const input of stamp.inputs) {
    try {
      if (statSync(new URL(input, root)).mtimeMs > stamp.startedAt) return true;
    } catch {
      return true; // a source that went away: rebuild, the build says what is missing
    }
  }
  return false;
}

if (existsSync(new URL('src/cli/main.ts', root)) && distIsStale()) {
  const { buildCli } = await import('../scripts/build-cli.mjs');
  try {
    await buildCli({ quiet: true, commandOnly: true });
  } catch (e) {
    process.stderr.write(`integration-designer: could not build dist/ from src/: ${e.message}\n`);
    process.exit(2);
  }
}

const argv = process.argv.slice(2);
// One cache per subcommand (each compiles different code); --help, --version and mistakes share one.
const label = /^[a-z]+$/.test(argv[0] ?? '') ? argv[0] : 'usage';
// `open` may import() the designer's build script (code-cache.js: not from a cached script on Node 20); it serves
// for minutes, so its start-up does not count.
const cli = loadWithCodeCache(fileURLToPath(new URL('dist/cli.cjs', root)), label, { useCache: label !== 'open' });
process.exitCode = await cli.exports.main(argv);
if (label === 'usage' || cli.exports.isCommand(label)) cli.save();
