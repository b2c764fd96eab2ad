// Follows the system colour scheme (prefers-color-scheme), live. One MediaQueryList for the page: `matchMedia` builds
// a new one (and evaluates the query) at every call, and the snapshot is read at every render of every editor.
import { useSyncExternalStore } from 'react';

let list: MediaQueryList | null | undefined;

const query = (): MediaQueryList | null => {
  if (list === undefined) list = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  return list;
};

function subscribe(onChange: () => void): () => void {
  const q = query();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
}

const snapshot = () => query()?.matches ?? false;
const serverSnapshot = () => false;

export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}
