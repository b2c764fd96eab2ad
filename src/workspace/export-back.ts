// "Export back": the whole API in its own format — the file the workspace was opened from, with the edits of its
// methods written into it in place by writeBackApi (src/formats/api-definition/write-back.ts), so everything the
// designer did not touch (other resources, comments, key order, quoting) stays as it was: editing one template of a
// 40-method file changes only that template's lines.
import { writeBackApi } from '../formats/api-definition/write-back.ts';
import type { Design } from '../model/types.ts';
import type { Workspace } from './types.ts';
import { designOf } from './workspace-methods.ts';

export type ExportBackResult =
  | { ok: true; text: string; fileName: string; mediaType: string; notes: string[]; changed: boolean }
  | { ok: false; error: string };

export function exportBack(workspace: Workspace): ExportBackResult {
  const { source } = workspace;
  if (source.text === '')
    return {
      ok: false,
      error: 'this workspace was not opened from an API definition, so there is no file to write back into',
    };
  const edits = new Map<string, Design>();
  for (const method of workspace.methods) edits.set(method.key, designOf(workspace, method.key)!);
  const written = writeBackApi(source.text, edits);
  if (!written.ok) return { ok: false, error: `${source.fileName}: ${written.error}` };
  return {
    ok: true,
    text: written.text,
    fileName: source.fileName,
    mediaType: /\.json$/i.test(source.fileName) ? 'application/json' : 'application/yaml',
    notes: written.notes,
    changed: written.text !== source.text,
  };
}
