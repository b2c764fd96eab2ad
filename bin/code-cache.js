// Loads the command's CommonJS bundle (dist/cli.cjs) through a V8 code cache, so a run does not compile ~2 MB of
// JavaScript again: compiling it was about a third of the CPU time of `integration-designer test` (Node 20 has no
// module.enableCompileCache; vm.Script's cachedData is the API it builds on:
// https://nodejs.org/api/vm.html#new-vmscriptcode-options). One cache per subcommand, written after the command has
// run, so it holds the functions that command compiled lazily. Whatever goes wrong with a cache (cannot be read,
// written, or V8 rejects it) only costs the compile: the command runs the same.
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { tmpdir } = require('node:os');
const { dirname, join, sep } = require('node:path');
const { constants, Script } = require('node:vm');

/**
 * Where caches go: $INTEGRATION_DESIGNER_CACHE_DIR, else node_modules/.cache/integration-designer of the project the
 * package is installed in (or of the checkout), the usual home of tools' caches; the OS temp dir when neither is
 * writable (checked when writing).
 */
function cacheDirsFor(packageRoot) {
  const dirs = [];
  if (process.env.INTEGRATION_DESIGNER_CACHE_DIR) dirs.push(process.env.INTEGRATION_DESIGNER_CACHE_DIR);
  const marker = `${sep}node_modules${sep}`;
  const at = packageRoot.lastIndexOf(marker);
  const nodeModules = at >= 0 ? packageRoot.slice(0, at + marker.length - 1) : join(packageRoot, 'node_modules');
  dirs.push(join(nodeModules, '.cache', 'integration-designer'));
  dirs.push(join(tmpdir(), `integration-designer-${process.getuid?.() ?? 'user'}`));
  return dirs;
}

/**
 * The cache's file name: it must change whenever the bundle does (V8 itself only checks the source's length), and
 * with the Node version (whose V8 would reject it anyway). The build stamps the bundle's content hash in its first
 * line; size and mtime catch a bundle edited by hand.
 */
function cacheName(bundle, source, label) {
  const stamp = /^\/\* integration-designer build ([0-9a-f]+) \*\//.exec(source)?.[1] ?? 'unstamped';
  const { size, mtimeMs } = statSync(bundle);
  const key = `${stamp}-${size}-${Math.floor(mtimeMs)}-node${process.version}-${process.arch}`;
  return `${label}-${key.replace(/[^a-z0-9.-]/gi, '_')}.v8cache`;
}

function readCache(dirs, name) {
  for (const dir of dirs) {
    try {
      return readFileSync(join(dir, name));
    } catch {
      // not there: try the next place
    }
  }
  return undefined;
}

/** Writes the cache into the first place that takes it, and drops that label's caches of earlier builds there. */
function writeCache(dirs, name, label, data) {
  for (const dir of dirs) {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      // A shared temp dir is used only when it is ours: V8 would run what a cache file holds.
      if (process.getuid && statSync(dir).uid !== process.getuid()) continue;
      const temporary = join(dir, `${name}.${process.pid}.tmp`);
      writeFileSync(temporary, data, { mode: 0o600 });
      renameSync(temporary, join(dir, name));
      for (const old of readdirSync(dir))
        if (old !== name && old.startsWith(`${label}-`) && old.endsWith('.v8cache'))
          rmSync(join(dir, old), { force: true });
      return dir;
    } catch {
      // read-only or missing: try the next place
    }
  }
  return undefined;
}

/**
 * Runs the CommonJS file `bundle` as require() would, with a code cache labelled `label`. Returns its exports and
 * `save()`, to call once the work is done: it writes the cache when there was none or V8 rejected it, and returns
 * the folder it went to (undefined when none took it). `cacheDirs` replaces the places cacheDirsFor gives;
 * `useCache: false` compiles without a cache and writes none.
 */
function loadWithCodeCache(bundle, label, { packageRoot = dirname(dirname(bundle)), cacheDirs, useCache = true } = {}) {
  if (!/^[a-z][a-z0-9-]*$/.test(label)) throw new Error(`code cache label "${label}": lower-case letters, digits, -`);
  const source = readFileSync(bundle, 'utf8');
  const dirs = useCache ? (cacheDirs ?? cacheDirsFor(packageRoot)) : [];
  let name;
  let cachedData;
  try {
    name = cacheName(bundle, source, label);
    cachedData = readCache(dirs, name);
  } catch {
    name = undefined;
  }
  // CommonJS's own wrapper (what require() compiles), so the file runs exactly as a required module would.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  // import() inside the bundle (a checkout's `open` loads scripts/build-app.mjs) resolves as in any module; on Node 20
  // only in a script compiled without a cache (one from the cache has lost that setting), hence `useCache: false`.
  const importModuleDynamically = constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const script = new Script(wrapped, { filename: bundle, cachedData, importModuleDynamically });
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  module.loaded = true;
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  return {
    exports: module.exports,
    usedCache: !stale,
    save() {
      if (!stale || name === undefined) return undefined;
      try {
        return writeCache(dirs, name, label, script.createCachedData());
      } catch {
        return undefined;
      }
    },
  };
}

module.exports = { cacheDirsFor, loadWithCodeCache };
