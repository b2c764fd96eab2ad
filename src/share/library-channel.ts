// Tells other tabs (and other parts of this tab) that the library changed, over a BroadcastChannel, so that a list
// or an open design can refresh or warn. Messages are checked on arrival: any page of the same origin can post.

export const LIBRARY_CHANNEL = 'integration-designer/library';

export interface LibraryChange {
  type: 'saved' | 'renamed' | 'removed' | 'restored' | 'purged';
  id: string;
  /** The record's revision after the change (0 when purged). */
  revision: number;
}

const TYPES = new Set(['saved', 'renamed', 'removed', 'restored', 'purged']);

function isChange(data: unknown): data is LibraryChange {
  const d = data as Partial<LibraryChange> | null;
  return (
    !!d &&
    typeof d === 'object' &&
    TYPES.has(String(d.type)) &&
    typeof d.id === 'string' &&
    typeof d.revision === 'number'
  );
}

/** Calls `listener` for each change announced by any tab; returns the function that stops listening. */
export function onLibraryChange(listener: (change: LibraryChange) => void, channelName = LIBRARY_CHANNEL): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent) => {
    if (isChange(event.data)) listener({ type: event.data.type, id: event.data.id, revision: event.data.revision });
  };
  return () => channel.close();
}

export function announceLibraryChange(change: LibraryChange, channelName = LIBRARY_CHANNEL): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName);
  try {
    channel.postMessage(change);
  } finally {
    channel.close();
  }
}
