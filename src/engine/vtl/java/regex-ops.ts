// String.replaceAll / replaceFirst / matches / split with Java semantics, on the linear-time engine (regex.ts):
// Java replacement strings (`$1`, `${name}`, `\$` for a literal dollar; a group that did not take part adds nothing),
// Matcher.find's stepping (an empty match is allowed right after a non-empty one, and the search moves one character
// on after an empty match), and split's rules (no leading empty string for a zero-width match at the start, trailing
// empty strings removed when limit is 0, the input itself when nothing matches).
// Bounded (docs/limits.md): the result is measured as it grows, the render's clock is read between matches, and a
// pattern whose search could not finish in time on so long an input is refused before it starts.
import { javaException, VtlRuntimeError } from '../errors.ts';
import { checkDeadline, checkSize, sizeLimit } from '../runtime/limits.ts';
import type { JavaPattern } from '../../../model/java-regex.ts';
import { compileJavaRegex, JavaRegexError } from '../../../model/java-regex.ts';

type Part = { text: string } | { group: number } | { name: string };

/**
 * Input characters x pattern weight (JavaPattern.weight) one search may cover. RE2's search is linear in both, but its
 * capture-tracking search costs tens of nanoseconds per unit in re2js (bench/runaway.bench.ts): this many units stay
 * under the 2 s render limit. The fast check for "is there any match at all" runs first and is not limited.
 */
export const REGEX_WORK_LIMIT = 60_000_000;

/** The compiled pattern, with a PatternSyntaxException-like error for a template. */
function patternOf(regex: string): JavaPattern {
  try {
    return compileJavaRegex(regex);
  } catch (e) {
    if (e instanceof JavaRegexError)
      throw javaException('java.util.regex.PatternSyntaxException', `${e.message}\n${regex}`);
    throw e;
  }
}

/** Parses a java.util.regex.Matcher replacement string against a pattern with `groupCount` groups. */
function parseReplacement(replacement: string, groupCount: number): Part[] {
  const parts: Part[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push({ text });
    text = '';
  };
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
        flush();
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
      flush();
      parts.push({ group: ref });
    } else text += ch;
  }
  if (text) parts.push({ text });
  return parts;
}

/** One match: its span and, for the engine path, a reader of its groups. */
interface Match {
  start: number;
  end: number;
  group(i: number): string | null;
  named(name: string): string | null | undefined;
}

/** Every match of the pattern in input, in Matcher.find order; `stop` after the first when `first` is set. */
function* findAll(p: JavaPattern, input: string): Generator<Match> {
  const lit = p.literal;
  if (lit) {
    for (let at = input.indexOf(lit); at >= 0; at = input.indexOf(lit, at + lit.length)) {
      const start = at;
      yield { start, end: at + lit.length, group: (i) => (i === 0 ? lit : null), named: () => undefined };
    }
    return;
  }
  if (!p.re2.test(input)) return; // the fast (DFA) scan says there is no match at all
  if (input.length * (p.weight + 8) > REGEX_WORK_LIMIT) {
    throw new VtlRuntimeError(
      'limit',
      `the regular expression ${JSON.stringify(p.pattern.length > 60 ? `${p.pattern.slice(0, 60)}…` : p.pattern)} on a ${input.length.toLocaleString('en-US')}-character string is more work than one render may do (more than ${REGEX_WORK_LIMIT.toLocaleString('en-US')} pattern x input units)`,
    );
  }
  const m = p.re2.matcher(input);
  const names = p.re2.namedGroups();
  let from = 0;
  while (from <= input.length && m.find(from)) {
    const start = m.start();
    const end = m.end();
    yield {
      start,
      end,
      group: (i) => m.group(i),
      named: (name) => (Object.hasOwn(names, name) ? m.group(names[name]!) : undefined),
    };
    checkDeadline();
    from = end > start ? end : end + (input.codePointAt(end)! > 0xffff ? 2 : 1);
  }
}

export function javaReplace(input: string, regex: string, replacement: string, all: boolean): string {
  const p = patternOf(regex);
  const parts = parseReplacement(replacement, p.groupCount);
  const max = sizeLimit();
  let out = '';
  let last = 0;
  for (const m of findAll(p, input)) {
    out += input.slice(last, m.start);
    for (const part of parts) {
      if ('text' in part) out += part.text;
      else if ('group' in part) out += m.group(part.group) ?? '';
      else {
        const v = m.named(part.name);
        if (v === undefined)
          throw javaException('java.lang.IllegalArgumentException', `No group with name {${part.name}}`);
        out += v ?? '';
      }
    }
    if (out.length > max) checkSize(out.length);
    last = m.end;
    if (!all) break;
  }
  if (last === 0 && out === '') return input;
  out += input.slice(last);
  checkSize(out.length);
  return out;
}

export function javaMatches(input: string, regex: string): boolean {
  return patternOf(regex).matches(input);
}

/** String.split(regex, limit), as java.util.regex.Pattern.split (Java 8+) does it. */
export function javaSplit(input: string, regex: string, limit = 0): string[] {
  const p = patternOf(regex);
  const list: string[] = [];
  const limited = limit > 0;
  let index = 0;
  for (const m of findAll(p, input)) {
    if (!limited || list.length < limit - 1) {
      if (index === 0 && m.start === 0 && m.start === m.end) continue; // no leading empty string (Java 8+)
      list.push(input.slice(index, m.start));
      index = m.end;
    } else {
      list.push(input.slice(index));
      index = m.end;
      break;
    }
  }
  if (index === 0) return [input];
  if (!limited || list.length < limit) list.push(input.slice(index));
  if (limit === 0) while (list.length && list[list.length - 1] === '') list.pop();
  return list;
}
