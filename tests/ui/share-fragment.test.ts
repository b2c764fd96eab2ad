// Opening a share link: only a `d=` fragment is a design; it is read once and cleared from the address bar with
// history.replaceState (https://developer.mozilla.org/en-US/docs/Web/API/History/replaceState: no new history entry),
// so a reload does not apply it again. A refused link reports why; anchors such as #integration-uri are left alone.
import { describe, expect, it } from 'vitest';
import { encodeShareLink } from '../../src/share/index.ts';
import { isDesignFragment, readShareFragment, takeShareFragment } from '../../src/ui/share/share-fragment.ts';
import { loadDesign } from '../formats/helpers/designs.ts';

function addressBar(hash: string) {
  const calls: Array<[unknown, string, string]> = [];
  const location = { hash, pathname: '/app/', search: '?x=1' };
  const history = {
    state: { kept: true },
    replaceState: (s: unknown, t: string, url: string) => void calls.push([s, t, url]),
  };
  return { location, history, calls };
}

const linkHash = () => {
  const encoded = encodeShareLink(loadDesign('http'), 'https://designer.example.com/app/');
  if (!encoded.ok) throw new Error('fixture too large for a link');
  return encoded.url.slice(encoded.url.indexOf('#'));
};

describe('share fragments', () => {
  it.each([
    ['#d=1.abc', true],
    ['d=1.abc', true],
    ['#x=1&d=1.abc', true],
    ['#integration-uri', false],
    ['#odd=1', false],
    ['', false],
  ])('%s is a design fragment: %s', (hash, expected) => {
    expect(isDesignFragment(hash)).toBe(expected);
  });

  it('a valid link gives its design and is cleared, keeping the path, query and history state', () => {
    const { location, history, calls } = addressBar(linkHash());
    const read = takeShareFragment(location, history);
    expect(read.kind).toBe('design');
    if (read.kind === 'design') expect(read.design.name).toBe(loadDesign('http').name);
    expect(calls).toEqual([[{ kept: true }, '', '/app/?x=1']]);
  });

  it.each([
    ['bad compression', '#d=1.AAAAAAAA', /damaged|incomplete/],
    ['truncated', () => linkHash().slice(0, 40), /incomplete|damaged/],
    ['a newer link format', '#d=9.abc', /newer version/],
  ])('%s: refused with a reason, and still cleared', (_label, hash, reason) => {
    const { location, history, calls } = addressBar(typeof hash === 'function' ? hash() : hash);
    const read = takeShareFragment(location, history);
    expect(read.kind).toBe('refused');
    if (read.kind === 'refused') expect(read.error).toMatch(reason);
    expect(calls).toHaveLength(1);
  });

  it('an anchor is neither read nor cleared', () => {
    const { location, history, calls } = addressBar('#integration-uri');
    expect(takeShareFragment(location, history)).toEqual({ kind: 'none' });
    expect(calls).toEqual([]);
    expect(readShareFragment('')).toEqual({ kind: 'none' });
  });
});
