// String.replaceAll / replaceFirst / matches / split with Java semantics: Java replacement strings (`$1`, `${name}`,
// `\$` for a literal dollar; a group that did not take part adds nothing) and split's rules (no leading empty string
// for a zero-width match at the start, trailing empty strings removed when limit is 0, the input itself when nothing
// matches).
import { javaException } from '../errors.ts';
import { javaRegExp } from './regex.ts';

type Part = { text: string } | { group: number } | { name: string };

/** Parses a java.util.regex.Matcher replacement string against a pattern with `groupCount` groups. */
function parseReplacement(replacement: string, groupCount: number): Part[] {
  const parts: Part[] = [];
  let text = '';
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i]!;
    if (ch === '\\') {
      i++;
      if (i >= replacement.length)
        throw javaException('java.lang.IllegalArgumentException', 'character to be escaped is missing');
      text += replacement[i];
    } else if (ch === '$') {
      i++;
      if (i >= replacement.length)
        throw javaException('java.lang.IllegalArgumentException', 'Illegal group reference: group index is missing');
      if (replacement[i] === '{') {
        const end = replacement.indexOf('}', i);
        const name = replacement.slice(i + 1, end);
        if (end < 0 || !/^[a-zA-Z][a-zA-Z0-9]*$/.test(name))
          throw javaException('java.lang.IllegalArgumentException', "named capturing group is missing trailing '}'");
        if (text) {
          parts.push({ text });
          text = '';
        }
        parts.push({ name });
        i = end;
        continue;
      }
      let ref = replacement.charCodeAt(i) - 48;
      if (ref < 0 || ref > 9) throw javaException('java.lang.IllegalArgumentException', 'Illegal group reference');
      // Java takes further digits while the number still names an existing group.
      while (i + 1 < replacement.length) {
        const d = replacement.charCodeAt(i + 1) - 48;
        if (d < 0 || d > 9 || ref * 10 + d > groupCount) break;
        ref = ref * 10 + d;
        i++;
      }
      if (ref > groupCount) throw javaException('java.lang.IndexOutOfBoundsException', `No group ${ref}`);
      if (text) {
        parts.push({ text });
        text = '';
      }
      parts.push({ group: ref });
    } else text += ch;
  }
  if (text) parts.push({ text });
  return parts;
}

const groupCounts = new WeakMap<RegExp, number>();

function groupCountOf(re: RegExp): number {
  let n = groupCounts.get(re);
  if (n === undefined) {
    n = (new RegExp(`${re.source}|`, re.flags.replace('g', '')).exec('')?.length ?? 1) - 1;
    groupCounts.set(re, n);
  }
  return n;
}

export function javaReplace(input: string, regex: string, replacement: string, all: boolean): string {
  const re = javaRegExp(regex, 'g');
  const parts = parseReplacement(replacement, groupCountOf(re));
  let done = false;
  return input.replace(re, (...args: unknown[]) => {
    if (done) return args[0] as string;
    if (!all) done = true;
    const hasNamed = typeof args[args.length - 1] === 'object';
    const groups = args.slice(0, hasNamed ? -3 : -2) as (string | undefined)[];
    const named = (hasNamed ? args[args.length - 1] : {}) as Record<string, string | undefined>;
    let out = '';
    for (const p of parts) {
      if ('text' in p) out += p.text;
      else if ('group' in p) out += groups[p.group] ?? '';
      else {
        if (!(p.name in named))
          throw javaException('java.lang.IllegalArgumentException', `No group with name {${p.name}}`);
        out += named[p.name] ?? '';
      }
    }
    return out;
  });
}

export function javaMatches(input: string, regex: string): boolean {
  return javaRegExp(regex, 'full').test(input);
}

/** String.split(regex, limit). */
export function javaSplit(input: string, regex: string, limit = 0): string[] {
  const re = javaRegExp(regex, 'g');
  const list: string[] = [];
  let index = 0;
  const limited = limit > 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) re.lastIndex = end + (input.codePointAt(end)! > 0xffff ? 2 : 1);
    if (end > input.length) break;
    if (!limited || list.length < limit - 1) {
      if (index === 0 && start === 0 && start === end) continue;
      list.push(input.slice(index, start));
      index = end;
    } else if (list.length === limit - 1) break;
  }
  if (index === 0) return [input];
  if (!limited || list.length < limit) list.push(input.slice(index));
  if (limit === 0) while (list.length && list[list.length - 1] === '') list.pop();
  return list;
}
