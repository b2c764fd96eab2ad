#!/usr/bin/env node
// The `integration-designer` command. Plain CommonJS (bin/package.json), so Node starts it without its ES module
// loader. It answers usage and --version from the small prebuilt dist/usage.cjs, and runs every subcommand from the
// prebuilt dist/cli.cjs (scripts/build-cli.mjs, which `npm ci`, `npm pack` and `npm publish` run through `prepare`)
// through a V8 code cache (code-cache.js); nothing is transpiled at run time. In a checkout of the repository (src/
// next to dist/), a dist/ older than any source it was built from is rebuilt first, so the command never runs stale
// code while you edit. The published package has no src/ and skips that check.
'use strict';
const { existsSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { loadWithCodeCache } = require('./code-cache.js');

const root = join(__dirname, '..');

function distIsStale() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, 'dist/build-inputs.json'), 'utf8'));
  } catch {
    return true;
  }
  for (const input of stamp.inputs) {
    try {
      if (statSync(join(root, input)).mtimeMs > stamp.startedAt) return true;
    } catch {
      return true; // a source that went away: rebuild, the build says what is missing
    }
  }
  return false;
}

async function run(argv) {
  if (existsSync(join(root, 'src/cli/main.ts')) && distIsStale()) {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    try {
      await buildCli({ quiet: true, commandOnly: true });
    } catch (e) {
      process.stderr.write(`integration-designer: could not build dist/ from src/: ${e.message}\n`);
      return 2;
    }
  }
  const quick = require('../dist/usage.cjs').quickAnswer(argv);
  if (quick) {
    if (quick.stdout) process.stdout.write(quick.stdout);
    if (quick.stderr) process.stderr.write(quick.stderr);
    return quick.exitCode;
  }
  // One code cache per subcommand (each compiles different code). `open` may import() the designer's build script
  // (code-cache.js: not from a cached script on Node 20); it serves for minutes, so its start-up does not count.
  const label = argv[0];
  const cli = loadWithCodeCache(join(root, 'dist/cli.cjs'), label, { useCache: label !== 'open' });
  const exitCode = await cli.exports.main(argv);
  cli.save();
  return exitCode;
}

run(process.argv.slice(2)).then((exitCode) => {
  process.exitCode = exitCode;
});
