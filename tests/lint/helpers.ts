// Shared helpers for the lint tests: a design around a template, and applying a quick fix's edits to a text.
import type { TextEdit } from '../../src/engine/index.ts';
import { defaultDesign } from '../../src/model/index.ts';
import type { Design } from '../../src/model/types.ts';

export function designWith(patch: (d: Design) => void = () => {}): Design {
  const d = defaultDesign();
  patch(d);
  return d;
}

/** Applies edits (positions in the original text) from the last to the first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const sorted = [...edits].sort((a, b) => offset(b.line, b.column) - offset(a.line, a.column));
  let out = text;
  for (const e of sorted)
    out = out.slice(0, offset(e.line, e.column)) + e.text + out.slice(offset(e.endLine, e.endColumn));
  return out;
}
