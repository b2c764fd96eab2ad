// Which part of a template produced which part of the output: a list of output offsets, each with the template
// position of the text or reference that wrote from there on. Recorded only when asked for (the JSON/XML output
// checks re-render a template with it when its output does not parse), so ordinary renders pay one null check.
import type { Pos } from '../compile/ir.ts';

export class OutputSourceMap {
  /** Output offsets where a segment starts, ascending. */
  private readonly starts: number[] = [];
  /** Template offset of the segment's first character (text copied as is), or -1 when `positions` gives it. */
  private readonly textAt: number[] = [];
  private readonly positions: (Pos | null)[] = [];

  constructor(private readonly template: string) {}

  /** Literal template text starting at template offset `at` is written from output offset `out` on. */
  text(out: number, at: number): void {
    this.push(out, at, null);
  }

  /** A reference or directive at `pos` writes from output offset `out` on. */
  node(out: number, pos: Pos): void {
    this.push(out, -1, pos);
  }

  private push(out: number, at: number, pos: Pos | null): void {
    const last = this.starts.length - 1;
    if (last >= 0 && this.starts[last] === out) {
      // The previous segment wrote nothing: this one replaces it.
      this.textAt[last] = at;
      this.positions[last] = pos;
      return;
    }
    this.starts.push(out);
    this.textAt.push(at);
    this.positions.push(pos);
  }

  /** The template line and column (1-based) that wrote the output character at `offset`, or null if unknown. */
  templatePositionOf(offset: number): Pos | null {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return null;
    const pos = this.positions[found];
    if (pos) return pos;
    return lineAndColumnOf(this.template, this.textAt[found]! + (offset - this.starts[found]!));
  }
}

function lineAndColumnOf(text: string, offset: number): Pos {
  const at = Math.min(Math.max(offset, 0), text.length);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
