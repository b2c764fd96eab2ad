// The design's problems (designProblems: API Gateway's rules, template syntax, base64 sample bodies), computed once
// per design object and read per field path.
// Each field selects only its own messages (strings, compared by value), so typing in one place re-renders only the
// fields whose messages change.
import { designProblems } from '../../engine/index.ts';
import type { Design, Problem } from '../../model/types.ts';
import { useDesigner } from '../../store/hooks.tsx';

interface ProblemIndex {
  all: Problem[];
  byPath: Map<string, string[]>;
}

const cache = new WeakMap<Design, ProblemIndex>();

export function validationOf(design: Design): ProblemIndex {
  let index = cache.get(design);
  if (!index) {
    const all = designProblems(design);
    const byPath = new Map<string, string[]>();
    for (const p of all) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p.message]);
    index = { all, byPath };
    cache.set(design, index);
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
  return useDesigner((s) => problemsAt(validationOf(s.design), path, prefix));
}

export function useAllProblems(): Problem[] {
  return useDesigner((s) => validationOf(s.design).all);
}

/** A DOM id for a field path (paths contain quotes and brackets). */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
