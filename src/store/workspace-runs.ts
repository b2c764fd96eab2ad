// The one place that wires Run all to the engine's Web Worker: when the store asks for a run (workspace-slice.ts
// runAll), every method's samples go to the worker in batches — one message per batch, not per sample, so 300 methods
// of 3 samples are a handful of round trips — and each batch's outcomes go to the store as they come.
import type { BatchResult } from '../worker/engine-client.ts';
import type { RunBatchItem } from '../worker/protocol.ts';
import type { DesignerStore } from './store-types.ts';
import { currentWorkspace } from './workspace-slice.ts';

export type RunBatch = (items: RunBatchItem[]) => Promise<BatchResult>;

/** About this many samples per message: few round trips, and the table fills in as batches finish. */
export const SAMPLES_PER_BATCH = 150;

/** The workspace's methods in batches of about `size` samples (a method is never split). */
export function batchesOf(items: readonly RunBatchItem[], size = SAMPLES_PER_BATCH): RunBatchItem[][] {
  const batches: RunBatchItem[][] = [];
  let batch: RunBatchItem[] = [];
  let samples = 0;
  for (const item of items) {
    if (batch.length > 0 && samples + item.design.samples.length > size) {
      batches.push(batch);
      batch = [];
      samples = 0;
    }
    batch.push(item);
    samples += item.design.samples.length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export function connectWorkspaceRuns(
  store: DesignerStore,
  runBatch: RunBatch,
  now: () => number = () => performance.now(),
): () => void {
  const run = async () => {
    const workspace = currentWorkspace(store.getState());
    const { actions } = store.getState();
    if (!workspace) return actions.runAllFinished({ ok: false, message: 'no workspace is open' });
    const started = now();
    const items = workspace.methods.map((m) => ({ key: m.key, design: { ...m.design, api: workspace.api } }));
    for (const batch of batchesOf(items)) {
      const result = await runBatch(batch);
      if (!result.ok) return actions.runAllFinished({ ok: false, message: result.message });
      actions.runAllProgress(result.outcomes);
    }
    actions.runAllFinished({ ok: true, durationMs: now() - started });
  };
  return store.subscribe((state, previous) => {
    const { run: next } = state.workspace;
    if (next.requests !== previous.workspace.run.requests && next.status === 'running') void run();
  });
}
