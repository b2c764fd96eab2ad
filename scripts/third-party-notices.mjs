// The licence text of every package whose code went into a bundle (MIT and the like ask for it to travel along with
// the code). One home for both bundles the package ships: the command and library (scripts/build-cli.mjs, esbuild's
// metafile inputs) and the designer served by `open` (vite.config.ts, the modules Vite bundled into the page and its
// workers).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `inputs`: the bundled files (relative to `root` or absolute). Returns the notices text: the packages in name order,
 * each with its version, licence name and licence file.
 */
export function thirdPartyNotices(root, inputs, intro) {
  const packages = new Set();
  for (const input of inputs) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'));
    if (m) packages.add(resolve(root, m[1]));
  }
  const seen = new Set();
  const sections = [];
  for (const dir of [...packages].sort()) {
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
    } catch {
      continue; // a folder inside a package that has no package.json of its own (its package is listed)
    }
    const id = `${pkg.name}@${pkg.version}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
    const text = licenceFile ? readFileSync(resolve(dir, licenceFile), 'utf8').trim() : `License: ${pkg.license}`;
    sections.push({ name: pkg.name, text: `${id} (${pkg.license ?? 'see below'})\n\n${text}\n` });
  }
  sections.sort((a, b) => a.name.localeCompare(b.name));
  return `${intro}\n\n${sections.map((s) => s.text).join(`\n${'-'.repeat(80)}\n\n`)}`;
}
