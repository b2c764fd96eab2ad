// A worker whose early replies wait for their listener. The page creates the engine worker with its very first line
// of code (main.tsx), before the app's own chunk has loaded; the worker says "ready" (and may answer) before the
// engine client exists to listen. A Worker drops a message event nobody listens to, so this holds the events, in
// order, until the client sets its handlers.
import type { WorkerLike } from './engine-client.ts';

type Message = Parameters<NonNullable<WorkerLike['onmessage']>>[0];
type Failure = Parameters<NonNullable<WorkerLike['onerror']>>[0];
type Held = { kind: 'message'; event: Message } | { kind: 'error'; event: Failure };

export function bufferedWorker(worker: WorkerLike): WorkerLike {
  const held: Held[] = [];
  let onmessage: WorkerLike['onmessage'] = null;
  let onerror: WorkerLike['onerror'] = null;
  /** Hands on the held events, oldest first, while their handler is there (an error waits for onerror). */
  const release = () => {
    while (held.length) {
      const next = held[0]!;
      if (next.kind === 'message' ? !onmessage : !onerror) return;
      held.shift();
      if (next.kind === 'message') onmessage!(next.event);
      else onerror!(next.event);
    }
  };
  worker.onmessage = (event) => {
    held.push({ kind: 'message', event });
    release();
  };
  worker.onerror = (event) => {
    held.push({ kind: 'error', event });
    release();
  };
  return {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => {
      held.length = 0;
      worker.terminate();
    },
    get onmessage() {
      return onmessage;
    },
    set onmessage(handler) {
      onmessage = handler;
      release();
    },
    get onerror() {
      return onerror;
    },
    set onerror(handler) {
      onerror = handler;
      release();
    },
  };
}
