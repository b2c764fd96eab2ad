/** One benchmark result: time (or size) per operation, the same-run baseline, and their ratio. */
export interface BenchRow {
  name: string;
  msPerOp: number;
  baselineMsPerOp: number;
  ratio: number;
  /** Unit of msPerOp/baselineMsPerOp when not milliseconds (e.g. 'KB'). */
  unit?: string;
  note?: string;
}

/** Runs fn repeatedly for about `ms` milliseconds after a warm-up and returns the mean time per call. */
export function timePerOp(fn: () => unknown, ms = 500): number {
  for (let i = 0; i < 5; i++) fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    fn();
    n++;
    now = performance.now();
  }
  return (now - start) / n;
}

export function formatTable(rows: BenchRow[]): string {
  const head = ['benchmark', 'per op', 'baseline', 'ratio'];
  const body = rows.map((r) => [
    r.name,
    `${r.msPerOp.toFixed(3)} ${r.unit ?? 'ms'}`,
    `${r.baselineMsPerOp.toFixed(3)} ${r.unit ?? 'ms'}`,
    `${r.ratio.toFixed(2)}x${r.note ? `  (${r.note})` : ''}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
