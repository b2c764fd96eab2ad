// The files `test` runs, from its arguments: a file as it is; a glob (`'api/*.tests.yaml'`, quoted so the command
// expands it the same way on every shell) through tinyglobby; a folder as every tests file (`*.tests.yaml|yml|json`)
// and design document (`*.design.json`) under it. Sorted, each file once.
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const FOLDER_PATTERNS = ['**/*.tests.yaml', '**/*.tests.yml', '**/*.tests.json', '**/*.design.json'];

export interface ExpandedFiles {
  files: string[];
  /** Globs and folders that matched nothing. */
  empty: string[];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function expandTestFiles(args: string[]): ExpandedFiles {
  const files: string[] = [];
  const empty: string[] = [];
  for (const arg of args) {
    let found: string[];
    if (isFolder(arg)) {
      const folder = arg.replace(/\/+$/, '');
      found = globSync(FOLDER_PATTERNS, { cwd: folder, ignore: ['**/node_modules/**'] }).map((f) => `${folder}/${f}`);
    } else if (isDynamicPattern(arg)) {
      found = globSync(arg, { ignore: ['**/node_modules/**'], absolute: isAbsolute(arg) });
    } else {
      files.push(arg);
      continue;
    }
    if (found.length === 0) empty.push(arg);
    files.push(...found.sort());
  }
  return { files: [...new Set(files)], empty };
}
