// Renders compiled template nodes with the semantics of API Gateway's Velocity (1.7 lineage):
// - a null reference prints nothing (AWS; stock Velocity would print `$x`), `$!x` likewise;
// - `#set` with a null right-hand side leaves the variable unchanged (Velocity 1.7; unconfirmed on AWS);
// - `#foreach` over a list, a map's values, or a single object (one iteration); at most 1,000 iterations (AWS limit);
//   the loop variable, `$foreach` and `$velocityCount` are restored afterwards; changing the list being iterated
//   fails like Java's ConcurrentModificationException;
// - `#macro` arguments are local to the call, other `#set`s are global (velocimacro.context.localscope=false);
// - `#break` leaves the innermost #foreach (or macro/#evaluate), `#stop` ends the render keeping what was output;
// - an unknown macro call `#foo(...)` prints as written (Velocity), `#parse`/`#include` fail (not on API Gateway).
import { compileTemplate } from '../compile/compile-template.ts';
import type { CompiledTemplate, Expr, MacroDefinition, Node, Pos, Reference } from '../compile/ir.ts';
import { VtlRuntimeError } from '../errors.ts';
import { invokeJavaMethod, readJavaIndex, readJavaProperty } from '../java/methods.ts';
import { renderValue } from '../java/to-string.ts';
import type { JValue } from '../java/values.ts';
import { HostObject, isNull, isTruthy, notifyMutation, toMapKey } from '../java/values.ts';
import { evalBinary, evalUnary, rangeOf } from './operators.ts';
import type { Budget, VtlLimits } from './limits.ts';
import { LoopInfo } from './loop-info.ts';
import type { OutputSourceMap } from './output-source-map.ts';

const BREAK = Symbol('#break');
const STOP = Symbol('#stop');
const ABSENT = Symbol('absent');

/** A `#define($name)` block: `$name` renders the block, at the time it is referenced. */
class DefinedBlock extends HostObject {
  readonly javaClass = 'org.apache.velocity.runtime.directive.Block$Reference';
  constructor(readonly body: Node[]) {
    super();
  }
}

export class Interpreter {
  private out = '';
  private pos: Pos = { line: 1, column: 1 };
  private depth = 0;
  private readonly macros: Map<string, MacroDefinition>;

  constructor(
    private readonly template: CompiledTemplate,
    private readonly vars: Map<string, JValue>,
    private readonly budget: Budget,
    private readonly limits: VtlLimits,
    /** Records which template position wrote each part of the output (only when asked for). */
    private map: OutputSourceMap | null = null,
  ) {
    this.macros = new Map(template.macros);
  }

  /** Renders the whole template; runtime errors carry the position of the node being evaluated. */
  run(): string {
    try {
      this.renderNodes(this.template.nodes);
    } catch (e) {
      if (e !== STOP && e !== BREAK) throw this.located(e);
    }
    return this.out;
  }

  private located(e: unknown): unknown {
    if (e instanceof VtlRuntimeError) {
      e.position ??= { ...this.pos };
      return e;
    }
    if (e instanceof RangeError) {
      return new VtlRuntimeError('limit', `the template went too deep or built too large a value (${e.message})`, {
        ...this.pos,
      });
    }
    return e;
  }

  private emit(text: string): void {
    this.out += text;
    if (this.out.length > this.limits.maxOutputLength) this.budget.checkLength(this.out.length, 'the output');
  }

  private renderNodes(nodes: Node[]): void {
    for (const n of nodes) {
      this.budget.charge();
      switch (n.kind) {
        case 'text':
          if (this.map) {
            if (n.at === undefined) this.map.node(this.out.length, this.pos);
            else this.map.text(this.out.length, n.at);
          }
          this.emit(n.text);
          break;
        case 'output': {
          const v = this.evalRef(n.ref);
          this.map?.node(this.out.length, n.ref.pos);
          if (!isNull(v)) this.emit(typeof v === 'string' ? v : renderValue(v));
          break;
        }
        case 'set':
          this.pos = n.pos;
          this.assign(n.target, this.evalExpr(n.value));
          break;
        case 'if':
          this.pos = n.pos;
          for (const b of n.branches) {
            if (b.cond === null || isTruthy(this.evalExpr(b.cond))) {
              this.renderNodes(b.body);
              break;
            }
          }
          break;
        case 'foreach':
          this.foreach(n);
          break;
        case 'macro-call':
          this.callMacro(n);
          break;
        case 'define':
          this.vars.set(n.name, new DefinedBlock(n.body));
          break;
        case 'evaluate':
          this.evaluate(n.arg, n.pos);
          break;
        case 'break':
          throw BREAK;
        case 'stop':
          throw STOP;
        case 'unsupported':
          throw new VtlRuntimeError(
            'unsupported',
            `${n.directive} is not available in API Gateway mapping templates`,
            n.pos,
          );
      }
    }
  }

  private renderToString(nodes: Node[]): string {
    const saved = this.out;
    const map = this.map;
    this.out = '';
    this.map = null; // the string is output (and mapped) where a reference prints it
    try {
      this.renderNodes(nodes);
      return this.out;
    } finally {
      this.out = saved;
      this.map = map;
    }
  }

  private lookup(name: string): JValue {
    const v = this.vars.get(name);
    return v instanceof DefinedBlock ? this.renderToString(v.body) : v;
  }

  /** Follows `$a.b[c].d(e)`; a null anywhere yields null (never an error, as on AWS). */
  private walk(ref: Reference, upTo: number): JValue {
    this.pos = ref.pos;
    let v = this.lookup(ref.name);
    for (let i = 0; i < upTo; i++) {
      if (isNull(v)) return undefined;
      const seg = ref.path[i]!;
      if (seg.kind === 'property') v = readJavaProperty(v, seg.name, this.budget);
      else if (seg.kind === 'index') v = readJavaIndex(v, this.evalExpr(seg.index), this.budget);
      else {
        const args = seg.args.map((a) => this.evalExpr(a));
        this.budget.charge();
        this.pos = ref.pos;
        v = invokeJavaMethod(v, seg.name, args, this.budget);
      }
      if (v instanceof DefinedBlock) v = this.renderToString(v.body);
    }
    return v;
  }

  evalRef(ref: Reference): JValue {
    return this.walk(ref, ref.path.length);
  }

  private assign(target: Reference, value: JValue): void {
    if (isNull(value)) return; // Velocity 1.7: a null value is not assigned; the target keeps its value
    if (!target.path.length) {
      this.vars.set(target.name, value);
      return;
    }
    const base = this.walk(target, target.path.length - 1);
    const last = target.path[target.path.length - 1]!;
    if (last.kind === 'method' || isNull(base)) return;
    const key = last.kind === 'property' ? last.name : this.evalExpr(last.index);
    if (base instanceof Map) {
      notifyMutation(base);
      base.set(toMapKey(key), value);
    } else if (Array.isArray(base) && typeof key === 'number') {
      if (key < 0 || key >= base.length)
        throw new VtlRuntimeError(
          'runtime',
          `java.lang.IndexOutOfBoundsException: Index ${key} out of bounds for length ${base.length}`,
        );
      notifyMutation(base);
      base[key] = value;
    }
  }

  private restore(name: string, saved: JValue | typeof ABSENT): void {
    if (saved === ABSENT) this.vars.delete(name);
    else this.vars.set(name, saved);
  }

  private saved(name: string): JValue | typeof ABSENT {
    return this.vars.has(name) ? this.vars.get(name) : ABSENT;
  }

  private foreach(n: Extract<Node, { kind: 'foreach' }>): void {
    this.pos = n.pos;
    const source = this.evalExpr(n.iterable);
    if (isNull(source)) return;
    const items: JValue[] = Array.isArray(source) ? source : source instanceof Map ? [...source.values()] : [source];
    const max = this.limits.maxForeachIterations;
    if (items.length > max) {
      throw new VtlRuntimeError(
        'limit',
        `#foreach over ${items.length} items: API Gateway allows at most ${max} iterations in a #foreach loop`,
        n.pos,
      );
    }
    const saved = [this.saved(n.variable), this.saved('foreach'), this.saved('velocityCount')] as const;
    const info = new LoopInfo(items.length, saved[1] === ABSENT ? undefined : saved[1]);
    const length = items.length;
    this.vars.set('foreach', info);
    try {
      for (let i = 0; i < length; i++) {
        this.budget.charge();
        info.index = i;
        this.vars.set(n.variable, items[i]);
        this.vars.set('velocityCount', i + 1);
        try {
          this.renderNodes(n.body);
        } catch (e) {
          if (e === BREAK) break;
          throw e;
        }
        if (items.length !== length) {
          throw new VtlRuntimeError(
            'runtime',
            'java.util.ConcurrentModificationException: the list changed while #foreach was iterating over it',
            n.pos,
          );
        }
      }
    } finally {
      this.restore(n.variable, saved[0]);
      this.restore('foreach', saved[1]);
      this.restore('velocityCount', saved[2]);
    }
  }

  private enter(pos: Pos, what: string): void {
    if (++this.depth > this.limits.maxMacroDepth) {
      throw new VtlRuntimeError(
        'limit',
        `${what} nested more than ${this.limits.maxMacroDepth} levels deep (runaway recursion?)`,
        pos,
      );
    }
  }

  private callMacro(n: Extract<Node, { kind: 'macro-call' }>): void {
    const def = this.macros.get(n.name);
    if (!def) {
      this.map?.node(this.out.length, n.pos);
      this.emit(n.source); // Velocity prints a call to an unknown macro as written
      return;
    }
    this.pos = n.pos;
    const args = n.args.map((a) => this.evalExpr(a));
    const names = n.body ? [...def.params, 'bodyContent'] : def.params;
    const saved = names.map((p) => this.saved(p));
    this.enter(n.pos, `macro #${n.name}`);
    try {
      for (const [i, p] of def.params.entries()) {
        if (isNull(args[i])) this.vars.delete(p);
        else this.vars.set(p, args[i]);
      }
      if (n.body) this.vars.set('bodyContent', this.renderToString(n.body));
      this.renderNodes(def.body);
    } catch (e) {
      if (e !== BREAK) throw e;
    } finally {
      this.depth--;
      for (const [i, p] of names.entries()) this.restore(p, saved[i]!);
    }
  }

  private evaluate(arg: Expr, pos: Pos): void {
    this.pos = pos;
    const text = this.evalExpr(arg);
    if (isNull(text)) return;
    let compiled: CompiledTemplate;
    try {
      compiled = compileTemplate(renderValue(text));
    } catch (e) {
      const inner = e as VtlRuntimeError;
      throw new VtlRuntimeError(
        inner.code ?? 'parse',
        `#evaluate: ${inner.message} (line ${inner.position?.line}, column ${inner.position?.column} of the evaluated text)`,
        pos,
      );
    }
    for (const [k, v] of compiled.macros) this.macros.set(k, v);
    this.enter(pos, '#evaluate');
    // The evaluated text's offsets are not the template's: its output maps to the #evaluate directive.
    const map = this.map;
    map?.node(this.out.length, pos);
    this.map = null;
    try {
      this.renderNodes(compiled.nodes);
    } catch (e) {
      if (e !== BREAK) throw e;
    } finally {
      this.depth--;
      this.map = map;
    }
  }

  evalExpr(e: Expr): JValue {
    switch (e.kind) {
      case 'literal':
        return e.value;
      case 'reference':
        return this.evalRef(e);
      case 'template-string': {
        const s = this.renderToString(e.body);
        this.budget.checkLength(s.length);
        return s;
      }
      case 'list': {
        this.budget.charge(e.items.length);
        return e.items.map((x) => this.evalExpr(x));
      }
      case 'map': {
        this.budget.charge(e.entries.length);
        return new Map(e.entries.map(([k, x]) => [k, this.evalExpr(x)]));
      }
      case 'range':
        this.pos = e.pos;
        return rangeOf(this.evalExpr(e.from), this.evalExpr(e.to), this.budget);
      case 'unary':
        return evalUnary(e.op, this.evalExpr(e.arg));
      case 'binary':
        if (e.op === '&&') return isTruthy(this.evalExpr(e.left)) && isTruthy(this.evalExpr(e.right));
        if (e.op === '||') return isTruthy(this.evalExpr(e.left)) || isTruthy(this.evalExpr(e.right));
        return evalBinary(e.op, this.evalExpr(e.left), this.evalExpr(e.right), this.budget);
    }
  }
}
