// What a file can open as a workspace: a workspace file (saved with "Save workspace file"), or an API definition
// with its methods. Loaded by the import dialog only when a file is chosen, so the designer's first load does not
// carry the readers of whole API definitions.
import { DesignFormatError } from '../model/index.ts';
import { parseStructuredText } from '../formats/shared/structured-text.ts';
import { openApiWorkspace } from './open-api-workspace.ts';
import { looksLikeWorkspace, restoreWorkspace } from './restore-workspace.ts';
import type { Workspace } from './types.ts';

export type WorkspaceCandidate =
  | { kind: 'workspace-file'; workspace: Workspace; notes: string[] }
  | { kind: 'api'; workspace: Workspace; notes: string[] }
  | { kind: 'refused'; error: string }
  | { kind: 'none' };

export function workspaceCandidate(fileName: string, text: string): WorkspaceCandidate {
  const parsed = parseStructuredText(text);
  if (!parsed.ok) return { kind: 'none' };
  if (looksLikeWorkspace(parsed.value)) {
    try {
      const { workspace, warnings } = restoreWorkspace(parsed.value);
      return {
        kind: 'workspace-file',
        workspace,
        notes: warnings.map((w) => `${w.path}: ${w.message}`),
      };
    } catch (e) {
      const message = e instanceof DesignFormatError ? e.message : String((e as Error).message ?? e);
      return { kind: 'refused', error: `${fileName}: not a workspace this designer can open: ${message}` };
    }
  }
  const opened = openApiWorkspace(fileName, text);
  if (!opened.ok) return { kind: 'none' };
  return { kind: 'api', workspace: opened.workspace, notes: opened.notes };
}
