// Offsets <-> 1-based line and column in a template, and finding written text near a node (the compiled template
// keeps the start of each directive and reference; rules find the exact characters they point at from there).
import type { TextEdit } from './diagnostic.ts';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  offsetOf(line: number, column: number): number {
    const start = this.lineStarts[Math.max(0, line - 1)] ?? this.text.length;
    return Math.min(start + column - 1, this.text.length);
  }

  positionOf(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  span(start: number, end: number): Span {
    const a = this.positionOf(start);
    const b = this.positionOf(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The offset of `needle` at or after (line, column), or -1. */
  find(needle: string, from: { line: number; column: number }): number {
    return this.text.indexOf(needle, this.offsetOf(from.line, from.column));
  }

  edit(start: number, end: number, text: string): TextEdit {
    return { ...this.span(start, end), text };
  }
}

/** Where a reference is written: its start and end offsets (nodes keep the start of their directive). */
export function locateReference(
  source: SourceText,
  ref: { text: string; pos: { line: number; column: number } },
): { start: number; end: number } | null {
  const start = source.find(ref.text, ref.pos);
  return start < 0 ? null : { start, end: start + ref.text.length };
}
