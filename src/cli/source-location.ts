// Where a value of an API definition is in its file: the line and column of a key path, and the file line of a
// line inside a template there (a `|` block starts on the line after its indicator). YAML and JSON alike (JSON is
// YAML); CloudFormation's short-form tags (!Sub, !Ref, ...) are read as plain values here.
import { isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { KeyPath } from '../formats/api-definition/read-api-designs.ts';

const ANY_TAG = ['!Ref', '!Sub', '!GetAtt', '!Join', '!If', '!Select', '!Split', '!FindInMap', '!Base64'].flatMap(
  (tag) =>
    (['scalar', 'seq', 'map'] as const).map((nodeClass) => ({
      tag,
      ...(nodeClass === 'scalar' ? {} : { collection: nodeClass }),
      resolve: (value: unknown) => value,
    })),
);

export class SourceFile {
  private readonly counter = new LineCounter();
  private readonly doc: Document;

  constructor(text: string) {
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
}
