// The bounded cache behind parsed payloads, compiled templates and JSONPath expressions. Parsed payloads are also
// bounded by the characters of their bodies (a parsed 1 MB body takes many times that in memory), keeping the newest.
import { describe, expect, it } from 'vitest';
import { LruCache } from '../../src/engine/vtl/lru-cache.ts';

describe('LruCache', () => {
  it('evicts the least recently used entry past its capacity', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    c.get('a');
    c.set('c', 3);
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([1, undefined, 3]);
  });

  it.each([
    ['entries that fit together all stay', [3, 3, 3], ['k0', 'k1', 'k2']],
    ['the oldest go until the total fits', [4, 4, 4], ['k1', 'k2']],
    ['an entry heavier than the limit stays alone (the newest is always kept)', [2, 2, 50], ['k2']],
  ])('by weight (limit 10): %s', (_name, weights, kept) => {
    const c = new LruCache<string, number>(8, 10, (_k, v) => v);
    for (const [i, w] of weights.entries()) c.set(`k${i}`, w);
    expect(['k0', 'k1', 'k2'].filter((k) => c.get(k) !== undefined)).toEqual(kept);
  });

  it('replacing or deleting an entry gives its weight back', () => {
    const c = new LruCache<string, number>(8, 10, (_k, v) => v);
    c.set('a', 6);
    c.set('a', 2);
    c.set('b', 8);
    expect([c.get('a'), c.get('b')]).toEqual([2, 8]);
    c.delete('b');
    c.set('c', 8);
    expect([c.get('a'), c.get('c')]).toEqual([2, 8]);
  });
});
