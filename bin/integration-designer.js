#!/usr/bin/env node
// The `integration-designer` command: runs the prebuilt dist/cli.js (scripts/build-cli.mjs, which `npm ci`,
// `npm pack` and `npm publish` run through `prepare`); nothing is transpiled at run time. In a checkout of the
// repository (src/ next to dist/), a dist/ older than any source it was built from is rebuilt first, so the command
// never runs stale code while you edit. The published package has no src/ and skips that check.
import { existsSync, readFileSync, statSync } from 'node:fs';

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

if (existsSync(new URL('src/cli/run.ts', root)) && distIsStale()) {
  const { buildCli } = await import('../scripts/build-cli.mjs');
  try {
    await buildCli({ quiet: true });
  } catch (e) {
    process.stderr.write(`integration-designer: could not build dist/ from src/: ${e.message}\n`);
    process.exit(2);
  }
}
await import('../dist/cli.js');
