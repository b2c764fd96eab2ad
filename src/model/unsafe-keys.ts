// Keys that, copied into a JavaScript object with assignment or merged naively, change its prototype or behaviour.
// Designs never need them, so files and links that carry them are refused rather than cleaned. No parser here: share
// links check decoded values with it, and the page must not download the YAML parser for that; so does the model's
// restore step (restore.ts), which every design document passes through.
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** First `__proto__` / `constructor` / `prototype` key, as a path, or null. Iterative: safe on any nesting depth. */
export function findUnsafeKey(value: unknown, path = ''): string | null {
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length > 0) {
    const [current, here] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const children: Array<[unknown, string]> = [];
    if (Array.isArray(current)) {
      current.forEach((item, i) => {
        children.push([item, `${here}[${i}]`]);
      });
    } else {
      for (const key of Object.keys(current)) {
        const child = here ? `${here}.${key}` : key;
        if (UNSAFE_KEYS.has(key)) return child;
        children.push([(current as Record<string, unknown>)[key], child]);
      }
    }
    // Reversed, so that the first key in document order is found first.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}
