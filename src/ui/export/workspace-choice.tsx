// The import dialog's "Open as": a file of several methods opens as a workspace (all methods, in a sidebar) by
// default, or as one method as before. The file is read as a workspace off the first load's path (a lazy import).
import { useEffect, useState } from 'react';
import type { WorkspaceCandidate } from '../../workspace/open-source.ts';
import type { ImportSource } from './import-text.ts';

type Offer = Extract<WorkspaceCandidate, { kind: 'api' | 'workspace-file' }>;

export interface WorkspaceChoiceState {
  candidate: Offer | null;
  /** A workspace file that cannot be opened: why and where. */
  error: string | null;
  /** Open as a workspace (the default for a file with more than one method). */
  chosen: boolean;
  choose: (workspace: boolean) => void;
}

export function useWorkspaceCandidate(source: ImportSource | null): WorkspaceChoiceState {
  const [candidate, setCandidate] = useState<Offer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, choose] = useState(false);
  useEffect(() => {
    let current = true;
    setCandidate(null);
    setError(null);
    choose(false);
    if (!source) return;
    void import('../../workspace/open-source.ts').then(({ workspaceCandidate }) => {
      if (!current) return;
      const found = workspaceCandidate(source.label, source.text);
      if (found.kind === 'refused') setError(found.error);
      if (found.kind !== 'api' && found.kind !== 'workspace-file') return;
      if (found.kind === 'api' && found.workspace.methods.length < 2) return;
      setCandidate(found);
      choose(true);
    });
    return () => {
      current = false;
    };
  }, [source]);
  return { candidate, error, chosen: chosen && candidate !== null, choose };
}

export function WorkspaceChoice({ state, name }: { state: WorkspaceChoiceState; name: string }) {
  const { candidate } = state;
  if (!candidate) return null;
  const count = candidate.workspace.methods.length;
  if (candidate.kind === 'workspace-file')
    return <p className="note">A workspace file: {count} methods open in the sidebar, with their samples.</p>;
  return (
    <fieldset className="import-open-as">
      <legend>Open as</legend>
      <label className="radio-option">
        <input type="radio" name={name} checked={state.chosen} onChange={() => state.choose(true)} />
        Open as workspace (all {count} methods)
      </label>
      <label className="radio-option">
        <input type="radio" name={name} checked={!state.chosen} onChange={() => state.choose(false)} />
        One method as a new design
      </label>
    </fieldset>
  );
}
