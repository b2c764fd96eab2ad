// DynamoDB condition expressions, enough for KeyConditionExpression and simple FilterExpressions:
// comparisons (= <> < <= > >=), BETWEEN x AND y, begins_with(a, v), contains(a, v), attribute_exists(a),
// attribute_not_exists(a), joined by AND / OR with NOT and parentheses; `#name` and `:value` placeholders.
// Syntax: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html
export type AttributeValue = Record<string, unknown>;
export type Item = Record<string, AttributeValue>;

export class ExpressionError extends Error {}

interface Names {
  names: Record<string, string>;
  values: Record<string, AttributeValue>;
}
type Node =
  | { op: 'and' | 'or'; left: Node; right: Node }
  | { op: 'not'; inner: Node }
  | { op: 'cmp'; cmp: string; left: Operand; right: Operand }
  | { op: 'between'; subject: Operand; low: Operand; high: Operand }
  | { op: 'fn'; name: string; args: Operand[] };
type Operand = { path: string } | { value: AttributeValue };

const TOKEN = /\s*(<>|<=|>=|=|<|>|\(|\)|,|#[A-Za-z0-9_]+|:[A-Za-z0-9_]+|[A-Za-z_][A-Za-z0-9_.]*)/y;

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    if (/^\s*$/.test(expression.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(expression);
    if (!m)
      throw new ExpressionError(
        `Invalid expression: unexpected character at position ${at + 1}: ${expression.slice(at, at + 10)}`,
      );
    tokens.push(m[1]!);
  }
  return tokens;
}

export function parseCondition(expression: string, placeholders: Names): Node {
  const tokens = tokenize(expression);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const expect = (t: string) => {
    if (next() !== t) throw new ExpressionError(`Invalid expression: expected "${t}" in ${expression}`);
  };
  const operand = (): Operand => {
    const t = next();
    if (t === undefined) throw new ExpressionError(`Invalid expression: unexpected end of ${expression}`);
    if (t.startsWith(':')) {
      const value = placeholders.values[t];
      if (!value)
        throw new ExpressionError(
          `Value provided in ExpressionAttributeValues unused in expressions or undefined: ${t}`,
        );
      return { value };
    }
    if (t.startsWith('#')) {
      const name = placeholders.names[t];
      if (!name)
        throw new ExpressionError(
          `An expression attribute name used in the document path is not defined; attribute name: ${t}`,
        );
      return { path: name };
    }
    return { path: t };
  };
  const primary = (): Node => {
    const t = peek();
    if (t === '(') {
      next();
      const n = or();
      expect(')');
      return n;
    }
    if (t?.toUpperCase() === 'NOT') {
      next();
      return { op: 'not', inner: primary() };
    }
    if (t && /^(begins_with|contains|attribute_exists|attribute_not_exists)$/.test(t) && tokens[i + 1] === '(') {
      next();
      next();
      const args = [operand()];
      while (peek() === ',') {
        next();
        args.push(operand());
      }
      expect(')');
      return { op: 'fn', name: t, args };
    }
    const left = operand();
    const c = next();
    if (c?.toUpperCase() === 'BETWEEN') {
      const low = operand();
      if (next()?.toUpperCase() !== 'AND')
        throw new ExpressionError(`Invalid expression: BETWEEN needs AND in ${expression}`);
      return { op: 'between', subject: left, low, high: operand() };
    }
    if (!c || !['=', '<>', '<', '<=', '>', '>='].includes(c))
      throw new ExpressionError(`Invalid expression: expected a comparison in ${expression}`);
    return { op: 'cmp', cmp: c, left, right: operand() };
  };
  const and = (): Node => {
    let n = primary();
    while (peek()?.toUpperCase() === 'AND') {
      next();
      n = { op: 'and', left: n, right: primary() };
    }
    return n;
  };
  const or = (): Node => {
    let n = and();
    while (peek()?.toUpperCase() === 'OR') {
      next();
      n = { op: 'or', left: n, right: and() };
    }
    return n;
  };
  const tree = or();
  if (i < tokens.length) throw new ExpressionError(`Invalid expression: unexpected "${tokens[i]}" in ${expression}`);
  return tree;
}

/** The attribute names a condition compares with `=` (the partition key of a KeyConditionExpression). */
export function equalityPaths(node: Node): string[] {
  if (node.op === 'and') return [...equalityPaths(node.left), ...equalityPaths(node.right)];
  if (node.op === 'cmp' && node.cmp === '=' && 'path' in node.left) return [node.left.path];
  return [];
}

/** The attribute names a condition constrains other than with `=` (the sort key of a KeyConditionExpression). */
export function rangePaths(node: Node): string[] {
  if (node.op === 'and') return [...rangePaths(node.left), ...rangePaths(node.right)];
  if (node.op === 'between' && 'path' in node.subject) return [node.subject.path];
  if (node.op === 'fn' && node.name === 'begins_with' && 'path' in node.args[0]!) return [node.args[0].path];
  if (node.op === 'cmp' && node.cmp !== '=' && 'path' in node.left) return [node.left.path];
  return [];
}

function resolve(operand: Operand, item: Item): AttributeValue | undefined {
  return 'value' in operand ? operand.value : item[operand.path];
}

/** A scalar attribute value as a comparable: numbers for N, strings for S and B. */
export function scalar(v: AttributeValue | undefined): string | number | undefined {
  if (!v) return undefined;
  if ('N' in v) return Number(v.N);
  if ('S' in v) return String(v.S);
  if ('B' in v) return String(v.B);
  if ('BOOL' in v) return String(v.BOOL);
  return JSON.stringify(v);
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function evaluate(node: Node, item: Item): boolean {
  switch (node.op) {
    case 'and':
      return evaluate(node.left, item) && evaluate(node.right, item);
    case 'or':
      return evaluate(node.left, item) || evaluate(node.right, item);
    case 'not':
      return !evaluate(node.inner, item);
    case 'between': {
      const [s, lo, hi] = [
        scalar(resolve(node.subject, item)),
        scalar(resolve(node.low, item)),
        scalar(resolve(node.high, item)),
      ];
      return s !== undefined && lo !== undefined && hi !== undefined && compare(s, lo) >= 0 && compare(s, hi) <= 0;
    }
    case 'fn': {
      const a = resolve(node.args[0]!, item);
      if (node.name === 'attribute_exists') return a !== undefined;
      if (node.name === 'attribute_not_exists') return a === undefined;
      const b = node.args[1] ? resolve(node.args[1], item) : undefined;
      if (!a || !b) return false;
      if (node.name === 'begins_with') return String(scalar(a)).startsWith(String(scalar(b)));
      const list = (a.SS ?? a.NS ?? a.L) as unknown[] | undefined; // contains(): substring of S, member of a set or list
      if (list) return list.some((m) => JSON.stringify(m) === JSON.stringify(a.L ? b : Object.values(b)[0]));
      return String(scalar(a)).includes(String(scalar(b)));
    }
    case 'cmp': {
      const [l, r] = [scalar(resolve(node.left, item)), scalar(resolve(node.right, item))];
      if (node.cmp === '<>') return l !== r;
      if (l === undefined || r === undefined || typeof l !== typeof r) return false;
      const c = compare(l, r);
      return { '=': c === 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[node.cmp] ?? false;
    }
  }
}
