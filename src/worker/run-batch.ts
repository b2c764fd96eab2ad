// Run all, inside the engine's Web Worker: every sample of every method of a batch through the engine, each method
// with a deterministic mock session of its own (as the `test` command gives each tests file one), each outcome
// checked by the engine's sampleMismatches — the same checks `test` makes, so the browser and CI agree.
import { type BackendCaller, sampleMismatches, simulate } from '../engine/index.ts';
import { MockSession } from '../mocks/mock-session.ts';
import { createTestBackends } from '../mocks/test-backends.ts';
import type { RunBatchItem, SampleOutcome } from './protocol.ts';

/**
 * One mock session and handler set for every Run all in this worker, emptied before each method: building MSW
 * handlers records a stack trace per handler, which cost more than the runs themselves when done per method
 * (measured: 1.3 s of a 2.7 s run of 300 methods, in Node).
 */
let shared: { session: MockSession; backendFor: ReturnType<typeof createTestBackends> } | null = null;

function freshBackends() {
  if (!shared) {
    const session = new MockSession({ deterministic: true });
    shared = { session, backendFor: createTestBackends(session) };
  }
  shared.session.stores.clear();
  return shared.backendFor;
}

/** `waiting(true)` before a backend call and `waiting(false)` after: a backend's delay is not the worker's own time. */
export async function runBatch(items: RunBatchItem[], waiting: (on: boolean) => void): Promise<SampleOutcome[]> {
  const outcomes: SampleOutcome[] = [];
  for (const { key, design } of items) {
    const backendFor = freshBackends();
    for (const [sampleIndex, sample] of design.samples.entries()) {
      const sampleName = sample.name ?? `sample ${sampleIndex + 1}`;
      const inner = backendFor(design);
      const backend: BackendCaller = async (request, options) => {
        waiting(true);
        try {
          return await inner(request, options);
        } finally {
          waiting(false);
        }
      };
      try {
        const trace = await simulate(design, sample, { deterministic: true, backend });
        const mismatches = sampleMismatches(sample.expect, trace);
        outcomes.push({
          key,
          sampleIndex,
          sampleName,
          passed: mismatches.length === 0,
          statusCode: trace.methodResponse?.statusCode ?? null,
          mismatches,
          error: trace.error ? `${trace.error.stage}: ${trace.error.message}` : null,
        });
      } catch (e) {
        const message = (e as Error).message ?? String(e);
        outcomes.push({
          key,
          sampleIndex,
          sampleName,
          passed: false,
          statusCode: null,
          mismatches: [{ field: 'simulate', expected: 'a trace', actual: message, note: 'could not run' }],
          error: message,
        });
      }
    }
  }
  return outcomes;
}
