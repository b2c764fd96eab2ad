// A small interpreter for the subset of Monarch the Velocity grammar uses (regex, token, next with @pop / @state),
// so the highlighting rules are tested in Node without Monaco.
import type { languages } from 'monaco-editor/editor';

type Rule = [RegExp, string | { token: string; next?: string }, string?];

export function tokenizeLine(grammar: languages.IMonarchLanguage, line: string): Array<[string, string]> {
  const states = ['root'];
  const out: Array<[string, string]> = [];
  let at = 0;
  let guard = 0;
  while (at < line.length && guard++ < 10_000) {
    const rules = (grammar.tokenizer as Record<string, Rule[]>)[states.at(-1)!]!;
    let matched = false;
    for (const [re, action, next0] of rules) {
      const sticky = new RegExp(re instanceof RegExp ? re.source : String(re), 'y');
      sticky.lastIndex = at;
      const m = sticky.exec(line);
      if (!m) continue;
      const token = typeof action === 'string' ? action : action.token;
      const next = typeof action === 'string' ? next0 : action.next;
      if (m[0].length) out.push([m[0], token === '@brackets' ? 'delimiter' : token]);
      at += m[0].length;
      if (next === '@pop') states.pop();
      else if (next) states.push(next.replace(/^@/, ''));
      matched = true;
      break;
    }
    if (!matched) {
      out.push([line[at]!, '']);
      at++;
    }
  }
  return out;
}
