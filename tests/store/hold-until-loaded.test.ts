// The engine worker's first script holds the page's messages while the engine's chunk loads (engine-worker-entry.ts):
// none may be lost or reordered, a message after the load goes straight to the engine, and a chunk that fails to load
// must surface as the worker's error (the engine client then reports it and starts a new worker).
import { describe, expect, it } from 'vitest';
import { holdUntilLoaded, type MessageScope } from '../../src/worker/hold-until-loaded.ts';

/** A deferred load: `finish` sets the loaded code's handler (as engine-worker.ts does when imported) and resolves. */
function manualLoad(scope: MessageScope<string>, handled: string[]) {
  let resolve: () => void = () => {};
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {
    load: () => promise,
    finish: () => {
      scope.onmessage = (event) => handled.push(event);
      resolve();
    },
    fail: (e: unknown) => reject(e),
  };
}

describe('messages to the engine worker while its code loads', () => {
  it('are held, then handed to the loaded handler oldest first; later ones go straight to it', async () => {
    const scope: MessageScope<string> = { onmessage: null };
    const handled: string[] = [];
    const chunk = manualLoad(scope, handled);
    const done = holdUntilLoaded(scope, chunk.load);
    scope.onmessage?.('simulate 1');
    scope.onmessage?.('clear-mock-stores');
    scope.onmessage?.('simulate 2');
    expect(handled).toEqual([]);
    chunk.finish();
    await done;
    expect(handled).toEqual(['simulate 1', 'clear-mock-stores', 'simulate 2']);
    scope.onmessage?.('simulate 3');
    expect(handled).toEqual(['simulate 1', 'clear-mock-stores', 'simulate 2', 'simulate 3']);
  });

  it('a load that fails is reported as an Error (a rejection with a string too), and nothing is handed on', async () => {
    for (const reason of [new TypeError('Failed to fetch dynamically imported module'), 'offline']) {
      const scope: MessageScope<string> = { onmessage: null };
      const failures: Error[] = [];
      const chunk = manualLoad(scope, []);
      const done = holdUntilLoaded(scope, chunk.load, (e) => failures.push(e));
      scope.onmessage?.('simulate 1');
      chunk.fail(reason);
      await done;
      expect(failures).toHaveLength(1);
      expect(failures[0]).toBeInstanceOf(Error);
      expect(failures[0]!.message).toBe(reason instanceof Error ? reason.message : 'offline');
    }
  });

  it('code that loads without setting a handler leaves the messages held', async () => {
    const scope: MessageScope<string> = { onmessage: null };
    const done = holdUntilLoaded(scope, () => Promise.resolve());
    scope.onmessage?.('simulate 1');
    await done;
    // Still the holder: nothing was handed to a handler that does not exist, and nothing threw.
    expect(typeof scope.onmessage).toBe('function');
  });
});
