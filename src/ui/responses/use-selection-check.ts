// The "does it match?" check the responses editor shows. For the last run's own subject it is the engine worker's
// (worker/protocol.ts PreviewRun.selectionCheck); for a subject the user typed — or when there is no run to read it
// from — the page asks the engine itself, from a chunk it loads then (selection-checker.ts: the Java-regex engine
// stays out of the page's first download; without a typed subject it waits for the late loads, late-loads.ts).
import { useEffect, useMemo, useState } from 'react';
import type { SelectionCheck } from '../../engine/index.ts';
import type { Integration } from '../../model/types.ts';
import { useDesigner } from '../../store/hooks.tsx';
import { useLateLoadsOpen } from '../shared/late-loads.ts';

type Checker = typeof import('./selection-checker.ts')['checkSelection'];

let checker: Checker | null = null;
let loading: Promise<Checker> | null = null;

function loadChecker(): Promise<Checker> {
  loading ??= import('./selection-checker.ts').then((m) => {
    checker = m.checkSelection;
    return checker;
  });
  return loading;
}

export type SelectionCheckState =
  | { kind: 'ready'; check: SelectionCheck }
  | { kind: 'loading' }
  | { kind: 'failed'; message: string };

/**
 * The check for the subject `text` on the current integration and its responses: the last run's when it was made for
 * that text, else the page's own (`typed`: the user typed it, so the checker loads at once).
 */
export function useSelectionCheck(
  integration: Pick<Integration, 'type' | 'uri' | 'integrationResponses'>,
  text: string,
  typed: boolean,
): SelectionCheckState {
  const fromRun = useDesigner((s) => s.preview.run?.selectionCheck ?? null);
  const lateLoadsOpen = useLateLoadsOpen();
  const [current, loaded] = useState<Checker | null>(() => checker); // (a function: kept, not called)
  const [failure, setFailure] = useState<string | null>(null);
  const ownCheck = fromRun?.text !== text;
  const wanted = ownCheck && current === null && (typed || lateLoadsOpen);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadChecker().then(
      (c) => live && loaded(() => c),
      (e: unknown) => live && setFailure(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  const { type, uri, integrationResponses } = integration;
  const own = useMemo(
    () => (ownCheck && current ? current({ type, uri, integrationResponses }, text) : null),
    [ownCheck, current, type, uri, integrationResponses, text],
  );
  if (!ownCheck) return { kind: 'ready', check: fromRun! };
  if (own) return { kind: 'ready', check: own };
  if (failure) return { kind: 'failed', message: `The check could not be loaded (${failure}); reload the page.` };
  return { kind: 'loading' };
}
