// How the `test` command prints a Mismatch (src/engine/expectations/check-expectations.ts decides what fails): one
// line, or a line diff for long or multi-line text.
import { showValue, type Mismatch } from '../engine/index.ts';

/** Report lines for one mismatch, indented under the sample's ✗ line; long or multi-line text as a line diff. */
export function formatMismatch(m: Mismatch, indent = '    '): string[] {
  const head = `${indent}${m.field}${m.note ? ` (${m.note})` : ''}:`;
  if (
    typeof m.expected === 'string' &&
    typeof m.actual === 'string' &&
    (m.expected.includes('\n') || m.actual.includes('\n') || m.expected.length + m.actual.length > 100)
  ) {
    return [head, ...lineDiff(m.expected, m.actual).map((l) => `${indent}  ${l}`)];
  }
  return [`${head} expected ${showValue(m.expected)}, got ${showValue(m.actual)}`];
}

/** A minimal line diff (longest common subsequence): `- expected line`, `+ actual line`, `  same line`. */
export function lineDiff(expected: string, actual: string): string[] {
  const a = expected.split('\n');
  const b = actual.split('\n');
  if (a.length * b.length > 250_000) return [...a.map((l) => `- ${l}`), ...b.map((l) => `+ ${l}`)];
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push(`- ${a[i++]}`);
    else out.push(`+ ${b[j++]}`);
  }
  return out;
}
