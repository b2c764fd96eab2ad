// Walking a compiled template: every node with the chain of blocks around it and its siblings, and every reference
// inside expressions (method arguments, conditions, #set values).
import type { Expr, Node, Reference } from '../vtl/compile/ir.ts';

export interface Visit {
  node: Node;
  /** The enclosing #foreach, #if, macro-call nodes, outermost first. */
  parents: Node[];
  siblings: Node[];
  index: number;
}

export function* walkNodes(nodes: Node[], parents: Node[] = []): Generator<Visit> {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    yield { node, parents, siblings: nodes, index };
    for (const body of childBodies(node)) yield* walkNodes(body, [...parents, node]);
  }
}

function childBodies(node: Node): Node[][] {
  switch (node.kind) {
    case 'if':
      return node.branches.map((b) => b.body);
    case 'foreach':
    case 'define':
      return [node.body];
    case 'macro-call':
      return node.body ? [node.body] : [];
    default:
      return [];
  }
}

/** Every reference in an expression, nested ones (arguments, indexes) included. */
export function* referencesIn(e: Expr | null | undefined): Generator<Reference> {
  if (!e) return;
  switch (e.kind) {
    case 'reference':
      yield e;
      for (const seg of e.path) {
        if (seg.kind === 'index') yield* referencesIn(seg.index);
        if (seg.kind === 'method') for (const a of seg.args) yield* referencesIn(a);
      }
      return;
    case 'list':
      for (const x of e.items) yield* referencesIn(x);
      return;
    case 'map':
      for (const [, x] of e.entries) yield* referencesIn(x);
      return;
    case 'range':
      yield* referencesIn(e.from);
      yield* referencesIn(e.to);
      return;
    case 'unary':
      yield* referencesIn(e.arg);
      return;
    case 'binary':
      yield* referencesIn(e.left);
      yield* referencesIn(e.right);
      return;
    case 'template-string':
      for (const v of walkNodes(e.body)) yield* referencesOfNode(v.node);
      return;
    default:
      return;
  }
}

/** The references a node itself uses (not those of its children). */
export function* referencesOfNode(node: Node): Generator<Reference> {
  switch (node.kind) {
    case 'output':
      yield* referencesIn(node.ref);
      return;
    case 'set':
      yield* referencesIn(node.target);
      yield* referencesIn(node.value);
      return;
    case 'if':
      for (const b of node.branches) yield* referencesIn(b.cond);
      return;
    case 'foreach':
      yield* referencesIn(node.iterable);
      return;
    case 'macro-call':
      for (const a of node.args) yield* referencesIn(a);
      return;
    case 'evaluate':
      yield* referencesIn(node.arg);
      return;
    default:
      return;
  }
}

/** Every reference anywhere in the template. */
export function* allReferences(nodes: Node[]): Generator<{ ref: Reference; visit: Visit }> {
  for (const visit of walkNodes(nodes)) for (const ref of referencesOfNode(visit.node)) yield { ref, visit };
}

/** `$input.params('x')` style: the reference is `$name.method(...)` with this first method. */
export function isCallOn(ref: Reference, name: string, method: string): boolean {
  const first = ref.path[0];
  return ref.name === name && first?.kind === 'method' && first.name === method;
}

/** The literal string argument of a method segment, or null. */
export function literalArg(e: Expr | undefined): string | null {
  return e?.kind === 'literal' && typeof e.value === 'string' ? e.value : null;
}
