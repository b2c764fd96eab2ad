// Each workspace method's "original" (what Compare measures "now" against, and what the patch script starts from):
// the method as it was when the workspace was opened, or when "Make now the original" was last pressed for it. The
// open method's original is the library state's `original` (as for any open design); the others wait in
// `workspace.originals` until their method is opened again. They are stored with the workspace in IndexedDB
// (workspace-persistence.ts) and, like everything read back from storage, checked on the way in: a damaged one is
// reported and dropped (that method's original becomes the method as it is when next opened), never a crash.
import type { OriginalDesign } from '../share/index.ts';
import { readOriginal } from './design-original.ts';

export type MethodOriginals = Readonly<Record<string, OriginalDesign>>;

export const NO_ORIGINALS: MethodOriginals = Object.freeze({});

/** Every method's original, the open method's as the designer has it now (a new object: not for React selectors). */
export function currentOriginals(state: {
  workspace: { open: { selected: string } | null; originals: MethodOriginals };
  library: { document: { inWorkspace?: boolean }; original: OriginalDesign | null };
}): MethodOriginals {
  const { open, originals } = state.workspace;
  const original = state.library.original;
  if (!open || !state.library.document.inWorkspace || !original || originals[open.selected] === original)
    return originals;
  return { ...originals, [open.selected]: original };
}

/**
 * The originals of a stored workspace, each checked on its own: those of methods the workspace has are kept, a
 * damaged one is left out with a problem saying which method, what and where. A workspace stored before originals
 * were kept has none (each method's original is then the method as it is when first opened).
 */
export function readStoredOriginals(
  value: unknown,
  methodKeys: ReadonlySet<string>,
): { originals: MethodOriginals; problems: string[] } {
  if (value === undefined || value === null) return { originals: NO_ORIGINALS, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value))
    return { originals: NO_ORIGINALS, problems: ['originals: expected an object of method -> original'] };
  const originals: [string, OriginalDesign][] = [];
  const problems: string[] = [];
  for (const [key, stored] of Object.entries(value)) {
    if (!methodKeys.has(key)) continue; // a method the workspace no longer has
    try {
      originals.push([key, readOriginal(stored, `originals[${JSON.stringify(key)}]`)]);
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  // Own properties whatever the keys are (a method key could be "__proto__").
  return { originals: Object.fromEntries(originals), problems };
}
