// Nesting limits, checked without recursion BEFORE anything walks a value recursively. JSON.parse itself is
// iterative, but structuredClone, JSON.stringify, zod and the restore step recurse: a value nested 100,000 levels
// (it fits in a 1.5 KB share link) would overflow the stack in any of them.

/** A design document needs about 8 levels; free-form parts (a Lambda result, $context overrides) a few more. */
export const MAX_DESIGN_DEPTH = 64;
/** Imported files (OpenAPI documents with schemas, CloudFormation templates) nest deeper than designs. */
export const MAX_IMPORT_DEPTH = 100;

/** The nesting depth of a value (a scalar is 0, `{}` is 1), or `limit + 1` as soon as it goes past `limit`. */
export function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const here = depth + 1;
    if (here > limit) return limit + 1;
    if (here > deepest) deepest = here;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object') stack.push([child, here]);
    }
  }
  return deepest;
}

/** The message for a value nested too deeply (null when it is within the limit). */
export function depthProblem(value: unknown, limit: number): string | null {
  return depthOf(value, limit) > limit
    ? `nested more than ${limit} levels deep; a design document never needs that many (refused before reading it)`
    : null;
}

/**
 * The deepest bracket nesting of JSON (or YAML flow) text, found by a linear scan that skips quoted strings, or
 * `limit + 1` as soon as it goes past `limit`. Lets a parser that recurses be refused before it starts.
 */
export function textDepthOf(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"') quote = c;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth > limit) return limit + 1;
      if (depth > deepest) deepest = depth;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return deepest;
}
