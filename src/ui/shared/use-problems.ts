// The design's problems (designProblems: API Gateway's rules, template syntax, base64 sample bodies), as the engine
// worker found them for the latest run (the store's `problems`: the page never validates on a keystroke), indexed once
// per list and read per field path.
// Each field selects only its own messages (strings, compared by value), so typing in one place re-renders only the
// fields whose messages change.
import type { Problem } from '../../model/types.ts';
import { useDesigner } from '../../store/hooks.tsx';
import type { DesignerState } from '../../store/store-types.ts';

interface ProblemIndex {
  all: Problem[];
  byPath: Map<string, string[]>;
}

const cache = new WeakMap<Problem[], ProblemIndex>();
const NO_PROBLEMS: Problem[] = [];

export function indexProblems(all: Problem[]): ProblemIndex {
  let index = cache.get(all);
  if (!index) {
    const byPath = new Map<string, string[]>();
    for (const p of all) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p.message]);
    index = { all, byPath };
    cache.set(all, index);
  }
  return index;
}

const NONE: string[] = [];

/** Messages at exactly `path`, or (prefix) at it and below it, e.g. every problem of one parameter mapping. */
export function problemsAt(index: ProblemIndex, path: string, prefix = false): string[] {
  if (!prefix) return index.byPath.get(path) ?? NONE;
  const found = index.all.filter((p) => p.path === path || p.path.startsWith(path)).map((p) => p.message);
  return found.length ? found : NONE;
}

export function useProblemsAt(path: string, prefix = false): string[] {
  return useDesigner((s) => problemsAt(indexProblems(s.problems ?? NO_PROBLEMS), path, prefix));
}

/** Every problem; null until the engine worker has checked the design once. */
export function useAllProblems(): Problem[] | null {
  return useDesigner((s: DesignerState) => s.problems);
}

/** A DOM id for a field path (paths contain quotes and brackets). */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
