// The files `test` runs, from its arguments: a file as it is; a glob (`'api/*.tests.yaml'`, quoted so the command
// expands it the same way on every shell) through tinyglobby; a folder as every tests file (`*.tests.yaml|yml|json`)
// and design document (`*.design.json`) under it. Sorted, each file once. tinyglobby is loaded only when an argument
// needs it: plain file names are what CI runs most, and loading it was about 13 ms of every run.
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';

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

export async function expandTestFiles(args: string[]): Promise<ExpandedFiles> {
  const files: string[] = [];
  const empty: string[] = [];
  for (const arg of args) {
    let found: string[];
    if (isFolder(arg)) {
      const { globSync } = await import('tinyglobby');
      const folder = arg.replace(/\/+$/, '');
      found = globSync(FOLDER_PATTERNS, { cwd: folder, ignore: ['**/node_modules/**'] }).map((f) => `${folder}/${f}`);
    } else if (/[*?[\]{}()!+@]/.test(arg)) {
      const { globSync, isDynamicPattern } = await import('tinyglobby');
      if (!isDynamicPattern(arg)) {
        files.push(arg);
        continue;
      }
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
