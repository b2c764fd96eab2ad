// Replaces a user's file with new text: written next to it and renamed over it, so that a reader (an editor, git)
// sees the old or the new text, never half of each; the file keeps its permissions.
import { renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function replaceFile(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, text, { mode: statSync(file).mode });
  renameSync(temporary, file);
}
