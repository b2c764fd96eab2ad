// The compiled form of a template: velocityjs's AST turned into small typed nodes, once per template (then cached).
// Every node that can fail carries its position so runtime errors point at the template text.
import type { SourcePosition } from '../errors.ts';
import type { JValue } from '../java/values.ts';

export type Pos = SourcePosition;

export type Segment =
  | { kind: 'property'; name: string }
  | { kind: 'index'; index: Expr }
  | { kind: 'method'; name: string; args: Expr[] };

/** `$name.seg.seg(...)[...]` */
export interface Reference {
  kind: 'reference';
  name: string;
  path: Segment[];
  /** The reference as written (for messages). */
  text: string;
  pos: Pos;
}

export type Expr =
  | { kind: 'literal'; value: JValue }
  | { kind: 'template-string'; body: Node[]; pos: Pos }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'range'; from: Expr; to: Expr; pos: Pos }
  | { kind: 'map'; entries: [string, Expr][] }
  | Reference
  | { kind: 'unary'; op: 'not' | 'minus'; arg: Expr; pos: Pos }
  | { kind: 'binary'; op: string; left: Expr; right: Expr; pos: Pos };

export type Node =
  /** `at`: the text's offset in the template, when known (for the output source map). */
  | { kind: 'text'; text: string; at?: number }
  | { kind: 'output'; ref: Reference; quiet: boolean }
  | { kind: 'set'; target: Reference; value: Expr; pos: Pos }
  | { kind: 'if'; branches: { cond: Expr | null; body: Node[] }[]; pos: Pos }
  | { kind: 'foreach'; variable: string; iterable: Expr; body: Node[]; pos: Pos }
  | { kind: 'macro-call'; name: string; args: Expr[]; body: Node[] | null; source: string; pos: Pos }
  | { kind: 'define'; name: string; body: Node[] }
  | { kind: 'evaluate'; arg: Expr; pos: Pos }
  | { kind: 'break'; pos: Pos }
  | { kind: 'stop'; pos: Pos }
  | { kind: 'unsupported'; directive: string; pos: Pos };

export interface MacroDefinition {
  name: string;
  params: string[];
  body: Node[];
  pos: Pos;
}

export interface CompiledTemplate {
  nodes: Node[];
  macros: Map<string, MacroDefinition>;
}
