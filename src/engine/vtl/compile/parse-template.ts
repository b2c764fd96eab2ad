// Parses a template with velocityjs and turns its failures into errors a person can act on, with a 1-based line
// and column. velocityjs silently accepts two malformed shapes, which Java Velocity rejects: a block (#if,
// #foreach, #macro, #define) never closed by #end (it duplicates the rest of the template), and an #end with no
// block (it drops the rest of the template). A sentinel reference appended to the template exposes both: it must
// come back exactly once, as the last top-level node.
import { parse } from 'velocityjs';
import { VtlRuntimeError } from '../errors.ts';

/** velocityjs's AST (its own types are loose): strings for text, objects for nodes, arrays for blocks. */
export type RawAst = string | RawNode | RawAst[];
export interface RawNode {
  type: string;
  pos?: { first_line: number; first_column: number; last_line: number; last_column: number };
  [key: string]: unknown;
}

const SENTINEL = '__vtlTemplateEnd__';

const TOKEN_NAMES: Record<string, string> = {
  DOLLAR: 'a $reference',
  PARENTHESIS: '(',
  CLOSE_PARENTHESIS: ')',
  MAP_BEGIN: '{',
  MAP_END: '}',
  BRACKET: '[',
  CLOSE_BRACKET: ']',
  INTEGER: 'a number',
  STRING: 'a string',
  EVAL_STRING: 'a string',
  BOOL: 'true, false or null',
  COMMA: ',',
  SPACE: 'a space',
  ID: 'a name',
  CONTENT: 'text',
  EOF: 'the end of the template',
  DECIMAL_POINT: '.',
  RANGE: '..',
  MAP_SPLIT: ':',
  EQUAL: '=',
  IN: 'in',
  DOT: '.',
  VAR_BEGIN: '${',
  VAR_END: '}',
  HASH: '#',
};

function tokenName(t: string): string {
  const bare = t.replace(/^'|'$/g, '');
  return Object.hasOwn(TOKEN_NAMES, bare) ? TOKEN_NAMES[bare]! : bare;
}

interface JisonHash {
  text?: string;
  token?: string | null;
  line?: number;
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  expected?: string[];
}

function parseError(template: string, e: Error & { hash?: JisonHash }): VtlRuntimeError {
  const h = e.hash ?? {};
  const lines = template.split('\n');
  // jison's loc does not count newlines inside directives; its yylineno (0-based) does.
  let line = Math.max(h.loc?.first_line ?? 1, (h.line ?? 0) + 1);
  let column = (h.loc?.last_column ?? 0) + 1;
  const pastEnd =
    line > lines.length ||
    (line === lines.length && h.text?.startsWith('$') && !lines[line - 1]!.includes('$', h.loc?.first_column ?? 0));
  if (pastEnd) {
    // The error is at the sentinel appended after the template: the template ended too early.
    line = lines.length;
    column = lines[line - 1]!.length + 1;
  } else if (h.loc && h.text) {
    // jison reports the previous token's span; find the offending text itself on that line.
    const found = (lines[line - 1] ?? '').indexOf(h.text, h.loc.first_column);
    if (found >= 0) column = found + 1;
  }
  if (!h.token || h.token === 'INVALID') {
    return new VtlRuntimeError(
      'parse',
      'syntax error: unrecognized text (an unterminated string or an unexpected character?)',
      { line, column: h.loc ? column : 1 },
    );
  }
  const atEnd = pastEnd || h.token === 'EOF' || String(h.token) === '1';
  const got = atEnd
    ? 'the template ends too early'
    : `unexpected ${h.text ? `"${h.text}"` : tokenName(String(h.token))}`;
  const expected = [...new Set((h.expected ?? []).map(tokenName))]
    .filter((t) => !/EOF|RAW|COMMENT|HASH|MACRO_BODY|CONTENT|end of the template|^text$/.test(t))
    .slice(0, 8);
  const message = `syntax error: ${got}${expected.length ? `; expected ${expected.join(', ')}` : ''}`;
  return new VtlRuntimeError('parse', message, { line, column });
}

/** Where the sentinel landed: at the top level, inside blocks (which are then unclosed), or nowhere. */
function findSentinel(list: RawAst[], chain: RawNode[], hits: RawNode[][], top: { at: boolean }): void {
  list.forEach((item, i) => {
    if (Array.isArray(item)) findSentinel(item.slice(1), [...chain, item[0] as RawNode], hits, top);
    else if (typeof item === 'object' && item.type === 'references' && item.id === SENTINEL) {
      if (chain.length) hits.push(chain);
      else if (i === list.length - 1) top.at = true;
    }
  });
}

/** Whether the text of the template (adjacent text pieces joined; velocityjs splits at `#`) contains `text`. */
function hasText(list: RawAst[], text: string): boolean {
  let run = '';
  for (const item of list) {
    if (typeof item === 'string') {
      run += item;
      continue;
    }
    if (run.includes(text)) return true;
    run = '';
    if (Array.isArray(item) && hasText(item, text)) return true;
  }
  return run.includes(text);
}

function countBlocks(list: RawAst[]): number {
  return list.reduce<number>((n, item) => (Array.isArray(item) ? n + 1 + countBlocks(item) : n), 0);
}

/** Position of the n-th (0-based) `#end` outside comments, for the "stray #end" message. */
function nthEnd(template: string, n: number): { line: number; column: number } {
  const re = /##[^\n]*|#\*[\s\S]*?\*#|#\[\[[\s\S]*?\]\]#|#\{?end\}?/g;
  let seen = 0;
  let last = { line: 1, column: 1 };
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (!m[0].startsWith('#e') && !m[0].startsWith('#{e')) continue;
    const before = template.slice(0, m.index);
    last = { line: before.split('\n').length, column: m.index - before.lastIndexOf('\n') };
    if (seen++ === n) break;
  }
  return last;
}

const BLOCK_NAMES: Record<string, string> = {
  if: '#if',
  foreach: '#foreach',
  macro: '#macro',
  define: '#define',
  macro_body: '#@',
  noescape: '#noescape',
};

/** Parses a template; throws VtlRuntimeError('parse') with position on any syntax problem. */
export function parseTemplate(template: string): RawAst[] {
  let tree: RawAst[];
  try {
    // No custom blocks, as a prototype-less object: velocityjs looks a macro call's name up in it, and with its
    // default `{}` a call like `#toString()` finds Object.prototype.toString and becomes a block.
    tree = parse(`${template}\n$${SENTINEL}`, Object.create(null)) as unknown as RawAst[];
  } catch (e) {
    throw parseError(template, e as Error & { hash?: JisonHash });
  }
  const hits: RawNode[][] = [];
  const top = { at: false };
  findSentinel(tree, [], hits, top);
  if (hits.length) {
    const innermost = hits[0]![hits[0]!.length - 1]!;
    const p = innermost.pos;
    const name = Object.hasOwn(BLOCK_NAMES, innermost.type) ? BLOCK_NAMES[innermost.type]! : `#${innermost.type}`;
    throw new VtlRuntimeError('parse', `${name} is never closed: add an #end`, {
      line: p?.first_line ?? 1,
      column: (p?.first_column ?? 0) + 1,
    });
  }
  if (!top.at || hasText(tree, '#*')) {
    const at = template.lastIndexOf('#*');
    if (at >= 0 && !template.includes('*#', at)) {
      // velocityjs reads an unclosed `#*` as text, or swallows the rest; Java Velocity rejects it.
      const before = template.slice(0, at);
      throw new VtlRuntimeError('parse', 'a #* comment is never closed with *#', {
        line: before.split('\n').length,
        column: at - before.lastIndexOf('\n'),
      });
    }
  }
  if (!top.at) {
    throw new VtlRuntimeError(
      'parse',
      '#end without an #if, #foreach, #macro or #define to close',
      nthEnd(template, countBlocks(tree)),
    );
  }
  tree.pop(); // the sentinel
  const last = tree[tree.length - 1];
  if (typeof last === 'string' && last.endsWith('\n')) tree[tree.length - 1] = last.slice(0, -1);
  return tree;
}
