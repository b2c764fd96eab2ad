// Where each character of a YAML/JSON string value is in its file: for every UTF-16 unit of the value, the offset of
// the text that wrote it. Exact for the forms whose text maps character by character onto the value:
// - a literal block (`|`, `|-`, `|2`): each value line is its file line less the block's indentation
//   (https://yaml.org/spec/1.2.2/#812-literal-style);
// - a plain, 'single-quoted' or "double-quoted" (JSON) string on one line: escapes (`''`, `\"`, `\n`, `\u0041`) are
//   walked, so a template line after an escaped `\n` maps onto the same file line, at the escape's own column
//   (https://yaml.org/spec/1.2.2/#731-double-quoted-style).
// Folded blocks (`>`) and strings over several lines fold line breaks into spaces: no exact map (null), and the caller
// falls back to where the value starts.
import type { Scalar } from 'yaml';

/** value index -> file offset (one more entry than the value has units: the end), or null when not exact. */
export function scalarSourceMap(node: Scalar, text: string): number[] | null {
  const value = node.value;
  const range = node.range;
  if (typeof value !== 'string' || !range) return null;
  let map: number[] | null;
  if (node.type === 'BLOCK_LITERAL') map = literalBlockMap(value, text, range[0]);
  else if (text.slice(range[0], range[1]).includes('\n')) return null;
  else if (node.type === 'PLAIN') map = Array.from({ length: value.length + 1 }, (_, i) => range[0] + i);
  else if (node.type === 'QUOTE_SINGLE') map = quotedMap(text, range[0] + 1, range[1] - 1, "'");
  else if (node.type === 'QUOTE_DOUBLE') map = quotedMap(text, range[0] + 1, range[1] - 1, '\\');
  else return null;
  // The walk must give back the value itself, unit for unit; anything else (an escape read differently) is not exact.
  return map && map.length === value.length + 1 ? map : null;
}

/** `|` at headerOffset; value line k is file line (header line + k) less its indentation. */
function literalBlockMap(value: string, text: string, headerOffset: number): number[] | null {
  const map: number[] = [];
  let lineStart = text.indexOf('\n', headerOffset) + 1;
  if (lineStart === 0) return null;
  const lines = value.split('\n');
  // A clipped or kept block ends with a line break: the last (empty) entry is the end, not a line.
  const count = value.endsWith('\n') ? lines.length - 1 : lines.length;
  for (let k = 0; k < count; k++) {
    const valueLine = lines[k]!;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const fileLine = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (!fileLine.endsWith(valueLine)) return null;
    const start = lineStart + fileLine.length - valueLine.length;
    for (let i = 0; i < valueLine.length; i++) map.push(start + i);
    if (k < count - 1 || value.endsWith('\n')) map.push(start + valueLine.length); // the line break
    lineStart = lineEnd + 1;
  }
  // The end: after the last character (a stripped block) or where the next line starts.
  map.push(value.endsWith('\n') || !map.length ? lineStart : map[map.length - 1]! + 1);
  return map;
}

const ESCAPE_LENGTH: Record<string, number> = { x: 4, u: 6, U: 10 };

/** A one-line quoted string between from and to: `''` (single) or backslash escapes (double) are one unit each. */
function quotedMap(text: string, from: number, to: number, escapeChar: "'" | '\\'): number[] {
  const map: number[] = [];
  let i = from;
  while (i < to) {
    if (text[i] === escapeChar && (escapeChar === '\\' || text[i + 1] === "'")) {
      const kind = text[i + 1] ?? '';
      const length = escapeChar === "'" ? 2 : (ESCAPE_LENGTH[kind] ?? 2);
      const units = kind === 'U' && Number.parseInt(text.slice(i + 2, i + 10), 16) > 0xffff ? 2 : 1;
      for (let u = 0; u < units; u++) map.push(i);
      i += length;
    } else {
      map.push(i);
      i++;
    }
  }
  map.push(to);
  return map;
}
