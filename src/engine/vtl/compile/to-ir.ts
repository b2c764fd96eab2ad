// velocityjs AST -> the runtime's nodes (compile/ir.ts). Done once per template. Fills gaps of velocityjs:
// `#stop` (it leaves the text as is) becomes a stop node; `#evaluate(...)` an evaluate node; `#parse`/`#include`
// (not available in API Gateway: they fail there) a clear error; macros are collected up front (Java Velocity
// registers inline macros at parse time, so a call may come before the definition); double-quoted strings with
// `$` or `#` are parsed here rather than at every evaluation.
import { Helper, parse } from 'velocityjs';
import { VtlRuntimeError } from '../errors.ts';
import { JavaDouble } from '../java/number.ts';
import type { CompiledTemplate, Expr, MacroDefinition, Node, Pos, Reference, Segment } from './ir.ts';
import type { RawAst, RawNode } from './parse-template.ts';

const STOP = /#stop(?![A-Za-z0-9_-])|#\{stop\}/;

class Converter {
  readonly macros = new Map<string, MacroDefinition>();
  private readonly lineStarts: number[];
  /** How far into the template conversion has got (texts are found in the source from here, for their offsets). */
  private cursor = 0;

  constructor(
    private readonly source: string,
    /** Inside a string literal: its inner positions are not the template's, so every node takes the literal's. */
    private readonly fixedPos?: Pos,
  ) {
    this.lineStarts = [0];
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.lineStarts.push(i + 1);
  }

  pos(n: RawNode | undefined, fallback: Pos): Pos {
    if (this.fixedPos) return this.fixedPos;
    return n?.pos ? { line: n.pos.first_line, column: n.pos.first_column + 1 } : fallback;
  }

  sourceOf(n: RawNode): string {
    if (this.fixedPos || !n.pos) return Helper.getRefText(n as never);
    const start = this.lineStarts[n.pos.first_line - 1]! + n.pos.first_column;
    const end = this.lineStarts[n.pos.last_line - 1]! + n.pos.last_column;
    return this.source.slice(start, end);
  }

  nodes(list: RawAst[], at: Pos): Node[] {
    const out: Node[] = [];
    for (const item of list) {
      if (typeof item === 'string') out.push(this.text(item));
      else if (Array.isArray(item)) {
        this.advance(item[0] as RawNode);
        this.block(item, out, at);
      } else {
        this.advance(item);
        this.node(item, out, at);
      }
    }
    return mergeText(out);
  }

  /** A text node with its offset in the template (velocityjs keeps text verbatim but gives it no position). */
  text(text: string): Node {
    const at = this.fixedPos ? -1 : this.source.indexOf(text, this.cursor);
    if (at < 0) return { kind: 'text', text };
    this.cursor = at + text.length;
    return { kind: 'text', text, at };
  }

  advance(n: RawNode | undefined): void {
    if (this.fixedPos || !n?.pos) return;
    const end = (this.lineStarts[n.pos.last_line - 1] ?? this.source.length) + n.pos.last_column;
    this.cursor = Math.max(this.cursor, Math.min(end, this.source.length));
  }

  node(n: RawNode, out: Node[], at: Pos): void {
    const pos = this.pos(n, at);
    switch (n.type) {
      case 'references':
        out.push({ kind: 'output', ref: this.reference(n, pos), quiet: n.leader === '$!' });
        return;
      case 'set': {
        const [target, value] = n.equal as RawNode[];
        out.push({ kind: 'set', target: this.reference(target!, pos), value: this.expr(value!, pos), pos });
        return;
      }
      case 'break':
        out.push({ kind: 'break', pos });
        return;
      case 'comment':
        return;
      case 'raw':
        out.push({ kind: 'text', text: String(n.value) });
        return;
      case 'macro_call':
        out.push(this.macroCall(n, null, pos));
        return;
      default:
        throw new VtlRuntimeError('parse', `unexpected #${n.type}`, pos);
    }
  }

  macroCall(n: RawNode, body: Node[] | null, pos: Pos): Node {
    const name = String(n.id);
    const args = ((n.args as RawNode[] | undefined) ?? []).map((a) => this.expr(a, pos));
    if (name === 'stop') return { kind: 'stop', pos };
    if (name === 'evaluate') {
      if (args.length !== 1) throw new VtlRuntimeError('parse', '#evaluate takes exactly one argument', pos);
      return { kind: 'evaluate', arg: args[0]!, pos };
    }
    if (name === 'parse' || name === 'include') return { kind: 'unsupported', directive: `#${name}`, pos };
    return { kind: 'macro-call', name, args, body, source: this.sourceOf(n), pos };
  }

  block(block: RawAst[], out: Node[], at: Pos): void {
    const head = block[0] as RawNode;
    const pos = this.pos(head, at);
    const rest = block.slice(1);
    switch (head.type) {
      case 'if': {
        const branches: { cond: Expr | null; body: Node[] }[] = [
          { cond: this.expr(head.condition as RawNode, pos), body: [] },
        ];
        let current: RawAst[] = [];
        const flush = () => (branches[branches.length - 1]!.body = this.nodes(current, pos));
        for (const item of rest) {
          const t = typeof item === 'object' && !Array.isArray(item) ? item.type : '';
          if (t === 'elseif' || t === 'else') {
            flush();
            current = [];
            const ip = this.pos(item as RawNode, pos);
            branches.push({
              cond: t === 'else' ? null : this.expr((item as RawNode).condition as RawNode, ip),
              body: [],
            });
          } else current.push(item);
        }
        flush();
        out.push({ kind: 'if', branches, pos });
        return;
      }
      case 'foreach':
        out.push({
          kind: 'foreach',
          variable: String(head.to),
          iterable: this.expr(head.from as RawNode, pos),
          body: this.nodes(rest, pos),
          pos,
        });
        return;
      case 'macro': {
        const params = ((head.args as RawNode[] | undefined) ?? []).map((a) => String(a.id));
        this.macros.set(String(head.id), { name: String(head.id), params, body: this.nodes(rest, pos), pos });
        return;
      }
      case 'define':
        out.push({ kind: 'define', name: String(head.id), body: this.nodes(rest, pos) });
        return;
      case 'macro_body':
        out.push(this.macroCall(head, this.nodes(rest, pos), pos));
        return;
      case 'noescape':
        out.push(...this.nodes(rest, pos));
        return;
      default:
        throw new VtlRuntimeError('parse', `unknown block #${head.type}`, pos);
    }
  }

  reference(n: RawNode, pos: Pos): Reference {
    const path: Segment[] = ((n.path as RawNode[] | undefined) ?? []).map((seg) => {
      if (seg.type === 'method')
        return {
          kind: 'method',
          name: String(seg.id),
          args: ((seg.args as RawNode[] | false) || []).map((a) => this.expr(a, pos)),
        };
      if (seg.type === 'index') return { kind: 'index', index: this.expr(seg.id as RawNode, pos) };
      return { kind: 'property', name: String(seg.id) };
    });
    let text: string;
    try {
      text = Helper.getRefText(n as never);
    } catch {
      text = `$${String(n.id)}`;
    }
    return { kind: 'reference', name: String(n.id), path, text, pos };
  }

  expr(n: RawNode, pos: Pos): Expr {
    switch (n.type) {
      case 'references':
        return this.reference(n, pos);
      case 'integer':
        return { kind: 'literal', value: Number(n.value) };
      case 'decimal':
        return { kind: 'literal', value: new JavaDouble(Number(n.value)) };
      case 'bool':
        return { kind: 'literal', value: n.value === 'true' ? true : n.value === 'false' ? false : null };
      case 'string': {
        const text = String(n.value);
        if (!n.isEval || !/[$#]/.test(text)) return { kind: 'literal', value: text };
        return { kind: 'template-string', body: compileFragment(text, pos, this.macros), pos };
      }
      case 'runt':
        return { kind: 'literal', value: String(n.value) };
      case 'array':
        if (n.isRange) {
          const [from, to] = (n.value as (string | number | RawNode)[]).map((v) =>
            typeof v === 'object' ? this.expr(v, pos) : ({ kind: 'literal', value: Number(v) } as Expr),
          );
          return { kind: 'range', from: from!, to: to!, pos };
        }
        return { kind: 'list', items: (n.value as RawNode[]).map((v) => this.expr(v, pos)) };
      case 'map':
        return {
          kind: 'map',
          entries: Object.entries((n.value ?? {}) as Record<string, RawNode>).map(([k, v]) => [k, this.expr(v, pos)]),
        };
      case 'math': {
        const [a, b] = n.expression as RawNode[];
        const op = String(n.operator);
        if (op === 'parenthesis') return this.expr(a!, pos);
        if (op === 'not' || op === 'minus') return { kind: 'unary', op, arg: this.expr(a!, pos), pos };
        return { kind: 'binary', op, left: this.expr(a!, pos), right: this.expr(b!, pos), pos };
      }
      default:
        throw new VtlRuntimeError('parse', `unsupported expression (${n.type})`, pos);
    }
  }
}

/** Joins adjacent text and splits out `#stop` (velocityjs leaves it as text, e.g. "#s" + "top"). */
function mergeText(nodes: Node[]): Node[] {
  const out: Node[] = [];
  for (const n of nodes) {
    const prev = out[out.length - 1];
    // Texts from different places (a comment or a #set between them) stay apart so each keeps its offset.
    const adjacent =
      prev?.kind === 'text' &&
      n.kind === 'text' &&
      (prev.at === undefined || n.at === undefined || prev.at + prev.text.length === n.at);
    if (adjacent && prev?.kind === 'text' && n.kind === 'text') prev.text += n.text;
    else out.push(n.kind === 'text' ? { ...n } : n);
  }
  const result: Node[] = [];
  for (const n of out) {
    if (n.kind !== 'text' || !STOP.test(n.text)) {
      if (n.kind !== 'text' || n.text) result.push(n);
      continue;
    }
    const m = STOP.exec(n.text)!;
    if (m.index) result.push({ kind: 'text', text: n.text.slice(0, m.index), at: n.at });
    result.push({ kind: 'stop', pos: { line: 0, column: 0 } });
    const rest = m.index + m[0].length;
    const after = n.text.slice(rest);
    if (after)
      result.push(...mergeText([{ kind: 'text', text: after, at: n.at === undefined ? undefined : n.at + rest }]));
  }
  return result;
}

/** The inside of a double-quoted string: a small template of its own. */
function compileFragment(text: string, pos: Pos, macros: Map<string, MacroDefinition>): Node[] {
  let raw: RawAst[];
  try {
    raw = parse(text, Object.create(null), false) as unknown as RawAst[]; // no custom blocks (see parse-template.ts)
  } catch {
    throw new VtlRuntimeError('parse', `cannot parse the string "${text}"`, pos);
  }
  const c = new Converter(text, pos);
  const nodes = c.nodes(raw, pos);
  for (const [k, v] of c.macros) macros.set(k, v);
  return nodes;
}

export function toIr(template: string, tree: RawAst[]): CompiledTemplate {
  const c = new Converter(template);
  const nodes = c.nodes(tree, { line: 1, column: 1 });
  return { nodes, macros: c.macros };
}
