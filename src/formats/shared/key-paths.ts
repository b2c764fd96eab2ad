// Plain values addressed by key paths (['Resources', 'GetPet', 'Properties', 0]): read one, or make one change in a
// copy. Shared by write-back (which tracks the file's value as it edits the text) and the YAML text editor.
import { isPlainObject } from './values.ts';

export type KeyPath = (string | number)[];

/** A change: set `value` at `path` (the index -1 appends to an array), or remove it. */
export interface SourceChange {
  path: KeyPath;
  value?: unknown;
  remove?: true;
}

/** `root` with one change made (a copy where it changes); used on plain values, never on the text. */
export function applyChange(root: unknown, change: SourceChange): unknown {
  if (change.path.length === 0) return change.remove ? undefined : change.value;
  const [head, ...rest] = change.path;
  const child = { path: rest, value: change.value, remove: change.remove } as SourceChange;
  if (Array.isArray(root) && typeof head === 'number') {
    const copy = [...root];
    if (head === -1) return change.remove ? copy : [...copy, applyChange(undefined, child)];
    const next = applyChange(copy[head], child);
    if (next === undefined) copy.splice(head, 1);
    else copy[head] = next;
    return copy;
  }
  const copy: Record<string, unknown> = isPlainObject(root) ? { ...root } : {};
  const next = applyChange(copy[String(head)], child);
  if (next === undefined) delete copy[String(head)];
  else copy[String(head)] = next;
  return copy;
}

export function childAt(root: unknown, path: KeyPath): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isPlainObject(current)) current = current[String(key)];
    else return undefined;
  }
  return current;
}
