// Reading a share link when the page opens (or its fragment changes): only a fragment with a `d=` parameter is a
// design link; anything else (a #field anchor) is left alone. Once read, the fragment is removed from the address
// bar with history.replaceState, so a reload does not apply the link again and no history entry is added.
import { decodeShareFragment } from '../../share/index.ts';
import type { Design } from '../../model/types.ts';

export type ShareFragment = { kind: 'none' } | { kind: 'design'; design: Design } | { kind: 'refused'; error: string };

export function isDesignFragment(hash: string): boolean {
  return /^#?(?:[^&]*&)*d=/.test(hash);
}

export function readShareFragment(hash: string): ShareFragment {
  if (!isDesignFragment(hash)) return { kind: 'none' };
  const decoded = decodeShareFragment(hash);
  return decoded.ok ? { kind: 'design', design: decoded.design } : { kind: 'refused', error: decoded.error };
}

/** The same address without its fragment (path and query kept). */
export function withoutFragment(location: Pick<Location, 'pathname' | 'search'>): string {
  return `${location.pathname}${location.search}`;
}

/** Reads and clears the design fragment of the current address; `none` when there is none. */
export function takeShareFragment(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState' | 'state'>,
): ShareFragment {
  const read = readShareFragment(location.hash);
  if (read.kind !== 'none') history.replaceState(history.state, '', withoutFragment(location));
  return read;
}
