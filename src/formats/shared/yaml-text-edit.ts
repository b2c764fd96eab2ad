// Edits YAML text in place: only the characters of the changed value are replaced (a key added is one new block of
// lines, a key removed takes its lines with it), so comments, key order, indentation, quoting, anchors and
// CloudFormation short-form tags elsewhere stay byte for byte. Node positions come from the `yaml` package's parse;
// each new value is written by the same package, in block style, with a changed scalar keeping its quoting style
// (a multi-line template becomes a literal block scalar: https://yaml.org/spec/1.2.2/#812-literal-style).
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { applyChange, childAt } from './key-paths.ts';
import type { TextPath } from './json-text-edit.ts';
import { parseStructuredText } from './structured-text.ts';

type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;

/** Sets `value` at `path` (the index -1 appends to a sequence), or removes it when value is undefined. */
export function editYamlText(text: string, path: TextPath, value: unknown): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const edit = new YamlEdit(text);
  let node = doc.contents as YamlNode | null;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const rest = path.slice(i + 1);
    const last = rest.length === 0;
    const blockMap = isMap(node) && !node.flow && node.items.length > 0;
    const blockSeq = isSeq(node) && !node.flow && node.items.length > 0;
    if (blockMap) {
      const pair = (node as YAMLMap).items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) {
        if (value === undefined) return text;
        return edit.insertPair(node as YAMLMap, String(key), nest(rest, value));
      }
      if (last && value === undefined) {
        if ((node as YAMLMap).items.length > 1 && edit.startsItsLine(pair.key as YamlNode))
          return edit.removeLines(pair.key as YamlNode, (pair.value ?? pair.key) as YamlNode);
      } else if (last || !isCollection(pair.value)) {
        if (last) return edit.replacePairValue(pair, value);
        const current = childAt(plain(text), path.slice(0, i + 1));
        return edit.replacePairValue(pair, applyChange(current, { path: rest, value, remove: dropped(value) }));
      } else {
        node = pair.value as YamlNode;
        continue;
      }
    } else if (blockSeq && typeof key === 'number') {
      const items = (node as YAMLSeq).items as YamlNode[];
      if (key === -1 || key >= items.length) {
        if (value === undefined) return text;
        return edit.appendItem(node as YAMLSeq, nest(rest, value));
      }
      const item = items[key]!;
      if (!last && isCollection(item)) {
        node = item;
        continue;
      }
      if (last && value === undefined) {
        if (items.length > 1 && edit.startsItsLine(item, true)) return edit.removeLines(item, item, true);
      } else {
        const current = childAt(plain(text), path.slice(0, i + 1));
        return edit.replaceItem(
          item,
          last ? value : applyChange(current, { path: rest, value, remove: dropped(value) }),
        );
      }
    }
    // A flow collection ({ a: 1 }), an empty one, or an edit that would leave an odd shape: the nearest collection
    // is written again whole, as the value it becomes.
    return replaceWhole(
      text,
      path.slice(0, i),
      applyChange(childAt(plain(text), path.slice(0, i)), {
        path: path.slice(i),
        value,
        remove: dropped(value),
      }),
    );
  }
  return replaceWhole(text, path, value);
}

function replaceWhole(text: string, path: TextPath, value: unknown): string {
  if (path.length === 0) return renderBlock(value, 0, undefined, text);
  // The parent is a block collection here (the walk stopped at the first collection it could not edit in place).
  const parentPath = path.slice(0, -1);
  const doc = parseDocument(text, { keepSourceTokens: true });
  const parent = doc.getIn(parentPath, true) as YamlNode | undefined;
  const edit = new YamlEdit(text);
  const key = path[path.length - 1]!;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
    if (pair) return edit.replacePairValue(pair, value);
  }
  if (isSeq(parent) && typeof key === 'number' && parent.items[key]) {
    return edit.replaceItem(parent.items[key] as YamlNode, value);
  }
  return editYamlText(text, parentPath, applyChange(childAt(plain(text), parentPath), { path: [key], value }));
}

function dropped(value: unknown): true | undefined {
  return value === undefined ? true : undefined;
}

function nest(path: TextPath, value: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }), value);
}

function isCollection(node: unknown): node is Collection {
  return (isMap(node) || isSeq(node)) && !(node as Collection).flow && (node as Collection).items.length > 0;
}

function plain(text: string): unknown {
  const parsed = parseStructuredText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** `value` written as YAML in block style; lines after the first indented by `indent` columns. */
function renderBlock(
  value: unknown,
  indent: number,
  keepType: string | undefined,
  text: string,
  wrap?: 'pair' | 'item',
): string {
  const doc = new Document(wrap === 'item' ? [value] : wrap === 'pair' ? { x: value } : value);
  const inner =
    wrap === 'item' ? (doc.contents as YAMLSeq).items[0] : wrap === 'pair' ? doc.get('x', true) : doc.contents;
  if (keepType === 'FLOW' && (isMap(inner) || isSeq(inner))) inner.flow = true;
  // A one-line string keeps the quoting it had; a multi-line one (a template) becomes a literal block.
  else if (keepType && isScalar(inner) && typeof inner.value === 'string')
    inner.type = (inner.value.includes('\n') ? 'BLOCK_LITERAL' : keepType) as never;
  let out = doc.toString({ lineWidth: 0, minContentWidth: 0, blockQuote: 'literal', singleQuote: prefersSingle(text) });
  if (wrap === 'pair') out = out.slice(2); // "x:"
  if (wrap === 'item') out = out.slice(1); // "-"
  const pad = ' '.repeat(indent);
  out = out.replace(/\n(?=[^\n])/g, `\n${pad}`);
  return text.includes('\r\n') ? out.replace(/\n/g, '\r\n') : out;
}

/** New quoted strings follow the file's habit: single quotes where it has more of them than double ones. */
function prefersSingle(text: string): boolean {
  return (text.match(/'/g)?.length ?? 0) > (text.match(/"/g)?.length ?? 0);
}

class YamlEdit {
  constructor(private readonly text: string) {}

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  private splice(start: number, end: number, insert: string): string {
    return this.text.slice(0, start) + insert + this.text.slice(end);
  }

  /** The offset of the `:` or `-` indicator before a value (its tag and anchor, if any, come after it). */
  private indicatorBefore(node: YamlNode, indicator: ':' | '-'): number {
    let i = node.range![0];
    for (;;) {
      while (i > 0 && /[ \t\r\n]/.test(this.text[i - 1]!)) i--;
      if (this.text[i - 1] === indicator) return i - 1;
      let j = i;
      while (j > 0 && !/[ \t\r\n]/.test(this.text[j - 1]!)) j--;
      if (j === i || !/[!&]/.test(this.text[j]!)) return i - 1;
      i = j;
    }
  }

  /** Whether only indentation (or, for an item, nothing) is before the node's key or item indicator on its line. */
  startsItsLine(node: YamlNode, item = false): boolean {
    const at = item ? this.indicatorBefore(node, '-') : node.range![0];
    return this.text.slice(this.lineStart(at), at).trim() === '';
  }

  removeLines(first: YamlNode, last: YamlNode, item = false): string {
    const start = this.lineStart(item ? this.indicatorBefore(first, '-') : first.range![0]);
    let end = last.range![2];
    if (this.text[end - 1] !== '\n') {
      const newline = this.text.indexOf('\n', end);
      end = newline < 0 ? this.text.length : newline + 1;
    }
    return this.splice(start, end, '');
  }

  replacePairValue(pair: Pair<unknown, unknown>, value: unknown): string {
    const key = pair.key as YamlNode;
    const node = pair.value as YamlNode | null;
    const colon = this.text.indexOf(':', key.range![1]);
    return this.replaceAfter(colon + 1, node, value, this.column(key.range![0]), 'pair');
  }

  replaceItem(item: YamlNode, value: unknown): string {
    const dash = this.indicatorBefore(item, '-');
    return this.replaceAfter(dash + 1, item, value, this.column(dash), 'item');
  }

  private replaceAfter(
    start: number,
    node: YamlNode | null,
    value: unknown,
    indent: number,
    wrap: 'pair' | 'item',
  ): string {
    // A flow collection ({ a: 1 }) is written again in flow style, a scalar in its quoting style.
    const keep = isScalar(node)
      ? (node.type as string | undefined)
      : (node as Collection | null)?.flow
        ? 'FLOW'
        : undefined;
    let body = renderBlock(value, indent, keep, this.text, wrap);
    const valueEnd = node?.range ? Math.max(node.range[1], start) : start;
    const endsLine = this.text[valueEnd - 1] === '\n';
    const multiLine = body.replace(/\r?\n$/, '').includes('\n');
    if (endsLine) return this.splice(start, valueEnd, body);
    if (!multiLine) return this.splice(start, valueEnd, body.replace(/\r?\n$/, ''));
    // A one-line value becomes several lines: its trailing comment moves to the first line, after the header.
    const newline = this.text.indexOf('\n', valueEnd);
    const lineEnd = newline < 0 ? this.text.length : newline + 1;
    const comment = this.text.slice(valueEnd, lineEnd).trim();
    if (comment.startsWith('#')) body = body.replace(/(\r?\n)/, ` ${comment}$1`);
    return this.splice(start, lineEnd, newline < 0 ? body.replace(/\r?\n$/, '') : body);
  }

  insertPair(map: YAMLMap<unknown, unknown>, key: string, value: unknown): string {
    const first = map.items[0]!.key as YamlNode;
    const lastPair = map.items[map.items.length - 1]!;
    const lastNode = (lastPair.value ?? lastPair.key) as YamlNode;
    const rendered = `${' '.repeat(this.column(first.range![0]))}${renderBlock({ [key]: value }, this.column(first.range![0]), undefined, this.text)}`;
    return this.insertAfter(lastNode.range![2], rendered);
  }

  appendItem(seq: YAMLSeq<unknown>, value: unknown): string {
    const items = seq.items as YamlNode[];
    const column = this.column(this.indicatorBefore(items[0]!, '-'));
    const rendered = `${' '.repeat(column)}-${renderBlock(value, column, undefined, this.text, 'item')}`;
    return this.insertAfter(items[items.length - 1]!.range![2], rendered);
  }

  private insertAfter(end: number, lines: string): string {
    const eol = this.text.includes('\r\n') ? '\r\n' : '\n';
    if (this.text[end - 1] === '\n') return this.splice(end, end, lines);
    const newline = this.text.indexOf('\n', end);
    if (newline < 0) return `${this.text}${eol}${lines.replace(/\r?\n$/, '')}`;
    return this.splice(newline + 1, newline + 1, lines);
  }
}
