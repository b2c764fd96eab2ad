// The page's large optional parts (the Monaco editors, the Java-regex engine of the "does it match?" check) load once
// the first preview is on screen: start-app.tsx opens the gate then (or after a while, for a very slow first run).
// Before, they would share the network and the page's thread with what the first preview needs.
import { useSyncExternalStore } from 'react';

let open = typeof window === 'undefined'; // outside a page (tests render directly) there is nothing to wait for
const listeners = new Set<() => void>();

/** Lets the late parts load (called once; later calls do nothing). */
export function openLateLoads(): void {
  if (open) return;
  open = true;
  for (const listener of listeners) listener();
}

/** Runs `fn` once the gate is open (at once when it already is). */
export function whenLateLoadsOpen(fn: () => void): void {
  if (open) {
    fn();
    return;
  }
  const listener = () => {
    listeners.delete(listener);
    fn();
  };
  listeners.add(listener);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the late parts may load (re-renders when the gate opens). */
export function useLateLoadsOpen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => open,
    () => open,
  );
}
