// A unified line diff of two texts (what "Save to file" shows before writing): the lines both share at the start and
// end are cut first (a write-back changes a few lines of a long file), the rest is matched by longest common
// subsequence; each changed run is shown with `context` unchanged lines around it, as `diff -u` does.
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
  /** 1-based line numbers in the old and the new text (the side the line is on). */
  oldLine?: number;
  newLine?: number;
}

export type DiffHunk = DiffLine[];

/** Beyond this many line pairs in the changed middle, it is shown as removed then added (no matching). */
const MAX_MATCH_CELLS = 4_000_000;

export function lineDiff(before: string, after: string, context = 3): DiffHunk[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const lines: DiffLine[] = [];
  for (let i = 0; i < start; i++) lines.push({ kind: 'same', text: a[i]!, oldLine: i + 1, newLine: i + 1 });
  lines.push(...middle(a.slice(start, endA), b.slice(start, endB), start));
  for (let i = endA; i < a.length; i++)
    lines.push({ kind: 'same', text: a[i]!, oldLine: i + 1, newLine: i + 1 + (endB - endA) });
  return hunks(lines, context);
}

function middle(a: string[], b: string[], offset: number): DiffLine[] {
  const out: DiffLine[] = [];
  if (a.length * b.length > MAX_MATCH_CELLS) {
    for (const [i, text] of a.entries()) out.push({ kind: 'removed', text, oldLine: offset + i + 1 });
    for (const [j, text] of b.entries()) out.push({ kind: 'added', text, newLine: offset + j + 1 });
    return out;
  }
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]!, oldLine: offset + i + 1, newLine: offset + j + 1 });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! > lcs[i + 1]![j]!)) {
      out.push({ kind: 'added', text: b[j]!, newLine: offset + j + 1 });
      j++;
    } else {
      out.push({ kind: 'removed', text: a[i]!, oldLine: offset + i + 1 });
      i++;
    }
  }
  return out;
}

function hunks(lines: DiffLine[], context: number): DiffHunk[] {
  const changed = lines.map((l, i) => (l.kind === 'same' ? -1 : i)).filter((i) => i >= 0);
  const out: DiffHunk[] = [];
  let hunk: { from: number; to: number } | null = null;
  for (const index of changed) {
    const from = Math.max(0, index - context);
    const to = Math.min(lines.length - 1, index + context);
    if (hunk && from <= hunk.to + 1) hunk.to = to;
    else {
      if (hunk) out.push(lines.slice(hunk.from, hunk.to + 1));
      hunk = { from, to };
    }
  }
  if (hunk) out.push(lines.slice(hunk.from, hunk.to + 1));
  return out;
}
