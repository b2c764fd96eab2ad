// Where the built designer is for `open`: dist/app/ of this package (shipped in the published package; built on
// first use in a checkout of the repository by scripts/build-app.mjs, and again when a source is newer).
// INTEGRATION_DESIGNER_APP_DIR points elsewhere (the end-to-end tests serve the build they made).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folder of this package's package.json, found upwards from this module (dist/cli.cjs, src/cli/open/). */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, 'utf8')).name === 'integration-designer') return dir;
      } catch {
        // not ours: keep looking upwards
      }
    }
    if (dirname(dir) === dir) return null;
  }
}

export async function appDirectory(say: (text: string) => void): Promise<string> {
  const given = process.env.INTEGRATION_DESIGNER_APP_DIR;
  if (given) {
    if (!existsSync(join(given, 'index.html')))
      throw new Error(`INTEGRATION_DESIGNER_APP_DIR=${given}: no index.html there`);
    return resolve(given);
  }
  const root = packageRoot();
  if (!root) throw new Error('cannot find the integration-designer package this command belongs to');
  const script = join(root, 'scripts', 'build-app.mjs');
  if (existsSync(script)) {
    const { appIsStale, buildApp, APP_DIR } = await import(pathToFileURL(script).href);
    if (appIsStale()) {
      say('Building the designer into dist/app/ (first use in this checkout; about a minute)…\n');
      buildApp({ quiet: true });
    }
    return APP_DIR as string;
  }
  const shipped = join(root, 'dist', 'app');
  if (!existsSync(join(shipped, 'index.html')))
    throw new Error(`the designer is not in this package (${shipped}); reinstall integration-designer`);
  return shipped;
}
