// src/store/selector-check.ts: a selector that builds new nested values at every call is caught before React loops
// on it (error #185, https://react.dev/errors/185); stable selectors pass through unchanged.
import { describe, expect, it } from 'vitest';
import { checkedSelector, UnstableSelectorError } from '../../src/store/selector-check.ts';

const state = { design: { name: 'n', headers: { a: '1' } }, list: [1, 2] };
type State = typeof state;

describe('store selector check', () => {
  it.each<[string, (s: State) => unknown]>([
    ['a primitive', (s) => s.design.name],
    ['a stored object', (s) => s.design.headers],
    ['a new object of stored values (shallow-equal each time)', (s) => ({ name: s.design.name, list: s.list })],
    ['a new array of stored values', (s) => [s.design.name, s.list]],
  ])('%s passes', (_, selector) => {
    expect(checkedSelector(selector, true)(state)).toEqual(selector(state));
  });

  it.each<[string, (s: State) => unknown]>([
    ['a new object holding a new object', (s) => ({ name: s.design.name, headers: { ...s.design.headers } })],
    ['a new object holding a new array', (s) => ({ list: [...s.list] })],
    ['a new array of new objects', (s) => s.list.map((n) => ({ n }))],
  ])('%s is refused, naming the selector', (_, selector) => {
    expect(() => checkedSelector(selector, true)(state)).toThrow(UnstableSelectorError);
    expect(() => checkedSelector(selector, true)(state)).toThrow(/re-render forever: \(s\) =>/);
  });

  it('production builds do not check (the selector runs once, as it is)', () => {
    const selector = (s: State) => ({ list: [...s.list] });
    expect(checkedSelector(selector, false)).toBe(selector);
  });
});
