// Where a value of an API definition is in its file: the line and column of a key path, and the file position of a
// position inside a template there (scalar-source-map.ts: exact for literal blocks and one-line strings, escapes
// included). YAML and JSON alike (JSON is YAML); CloudFormation's short-form tags (!Sub, !Ref, ...) are read as plain
// values here, and a long-form `Fn::Sub: |` template is found inside its map.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Scalar } from 'yaml';
import type { KeyPath } from '../formats/api-definition/read-api-designs.ts';
import { scalarSourceMap } from './scalar-source-map.ts';

const ANY_TAG = ['!Ref', '!Sub', '!GetAtt', '!Join', '!If', '!Select', '!Split', '!FindInMap', '!Base64'].flatMap(
  (tag) =>
    (['scalar', 'seq', 'map'] as const).map((nodeClass) => ({
      tag,
      ...(nodeClass === 'scalar' ? {} : { collection: nodeClass }),
      resolve: (value: unknown) => value,
    })),
);

/** A position in the file; `exact` is false when it is where the value starts, not the template position itself. */
export interface FilePosition {
  line: number;
  column: number;
  exact: boolean;
  /**
   * Whether the file shows the template line for line (a literal block, a one-line template), so that a reader finds
   * the template position at the file position; false for a template whose lines are escaped (`\n`) into one line.
   */
  lineForLine: boolean;
}

export class SourceFile {
  private readonly counter = new LineCounter();
  private readonly doc: Document;

  constructor(private readonly text: string) {
    // biome-ignore lint/suspicious/noExplicitAny: the yaml package's tag type differs per node class
    this.doc = parseDocument(text, { lineCounter: this.counter, customTags: ANY_TAG as any, prettyErrors: false });
  }

  /** The file line of `templateLine` of the template at `path`, or of the value itself; null when not found. */
  lineOf(path: KeyPath, templateLine?: number): number | null {
    const node = this.doc.getIn(path, true) as { range?: [number, number, number]; type?: string } | undefined;
    const offset = node?.range?.[0];
    if (offset === undefined) return null;
    const start = this.counter.linePos(offset).line;
    if (templateLine === undefined || !isScalar(node)) return start;
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    return block ? start + templateLine : start + (node.type === 'PLAIN' ? templateLine - 1 : 0);
  }

  /**
   * Where (line, column) of `template` — the value at `path` after intrinsic functions were resolved — is in the file.
   * Exact when the template's text before that column, or from it to the end of the line, is the file's own text
   * (`${Param}`s that !Sub replaced on both sides of it are not); otherwise the start of the file line (literal
   * blocks) or of the value.
   * Null when the path is not in the file.
   */
  positionOf(path: KeyPath, at?: { template: string; line: number; column: number }): FilePosition | null {
    const node = this.doc.getIn(path, true) as YamlNode | undefined;
    const start = node?.range?.[0];
    if (start === undefined) return null;
    const fallback = { ...this.position(start), exact: false, lineForLine: false };
    if (!at) return { ...fallback, exact: true };
    const scalar = templateScalar(node!);
    const map = scalar ? scalarSourceMap(scalar, this.text) : null;
    if (!scalar || !map) return fallback;
    const raw = scalar.value as string;
    const rawLines = raw.split('\n');
    const rawLine = rawLines[at.line - 1];
    if (rawLine === undefined) return fallback;
    const lineOffset = rawLines.slice(0, at.line - 1).reduce((sum, l) => sum + l.length + 1, 0);
    const templateLine = at.template.split('\n')[at.line - 1] ?? '';
    const prefix = at.column - 1;
    const lineForLine = scalar.type === 'BLOCK_LITERAL' || !raw.includes('\n');
    if (prefix <= rawLine.length && templateLine.slice(0, prefix) === rawLine.slice(0, prefix))
      return { ...this.position(map[lineOffset + prefix]!), exact: true, lineForLine };
    // A `${Param}` that !Sub replaced before the column, none after it: the rest of the line is the file's own text.
    const suffix = templateLine.slice(prefix);
    if (suffix !== '' && rawLine.endsWith(suffix))
      return { ...this.position(map[lineOffset + rawLine.length - suffix.length]!), exact: true, lineForLine };
    return lineForLine ? { ...this.position(map[lineOffset]!), exact: false, lineForLine } : fallback;
  }

  private position(offset: number): { line: number; column: number } {
    const { line, col } = this.counter.linePos(offset);
    return { line, column: col };
  }
}

/** The string a template was written as: the scalar itself, or the text of a long-form `Fn::Sub` around it. */
function templateScalar(node: YamlNode): Scalar | null {
  if (isScalar(node)) return node;
  if (isMap(node) && node.items.length === 1) {
    const [pair] = node.items;
    if (isScalar(pair!.key) && pair!.key.value === 'Fn::Sub') {
      const value = pair!.value as YamlNode | null;
      if (isScalar(value)) return value;
      if (isSeq(value) && isScalar(value.items[0])) return value.items[0];
    }
  }
  if (isSeq(node) && node.tag === '!Sub' && isScalar(node.items[0])) return node.items[0];
  return null;
}
