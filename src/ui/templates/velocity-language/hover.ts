// Hover documentation for the template editor: the reference or directive under the cursor, explained.
import { CONTEXT_VARIABLES } from '../../../model/context-variables.ts';
import {
  contextDoc,
  DIRECTIVES,
  FOREACH_MEMBERS,
  INPUT_MEMBERS,
  ROOT_VARIABLES,
  STAGE_VARIABLES_DOC,
  UTIL_MEMBERS,
} from './catalog.ts';

export interface VelocityHover {
  /** Markdown. */
  contents: string;
  /** 0-based columns [start, end) on the line, of the hovered word. */
  start: number;
  end: number;
}

const TOKEN = /\$!?\{?[A-Za-z_][\w-]*(?:\.[A-Za-z_]\w*)*|#\{?[A-Za-z]+\}?/g;

function describe(token: string, offsetInToken: number): { text: string; length: number } | null {
  if (token.startsWith('#')) {
    const name = token.replace(/[#{}]/g, '');
    const d = DIRECTIVES.find((x) => x.name === name);
    return d ? { text: `**#${d.name}**\n\n${d.doc}`, length: token.length } : null;
  }
  const bare = token.replace(/^\$!?\{?/, '');
  const prefixLength = token.length - bare.length;
  const parts = bare.split('.');
  // Which part the cursor is on: hovering `$context` in `$context.identity.sourceIp` explains $context itself.
  let upto = 0;
  let index = 0;
  for (; index < parts.length; index++) {
    upto += parts[index]!.length + (index === 0 ? prefixLength : 1);
    if (offsetInToken < upto) break;
  }
  index = Math.min(index, parts.length - 1);
  const [root, ...rest] = parts.slice(0, index + 1) as [string, ...string[]];
  const length = upto;
  if (rest.length === 0) {
    const r = ROOT_VARIABLES.find((x) => x.name === root);
    return r ? { text: `**${r.signature}**\n\n${r.doc}`, length } : null;
  }
  const first = rest[0]!;
  const table =
    root === 'input' ? INPUT_MEMBERS : root === 'util' ? UTIL_MEMBERS : root === 'foreach' ? FOREACH_MEMBERS : null;
  if (table) {
    const m = table.find((x) => x.name === first);
    return m && rest.length === 1 ? { text: `**${m.signature}**\n\n${m.doc}`, length } : null;
  }
  if (root === 'stageVariables')
    return { text: `**$stageVariables.${rest.join('.')}**\n\n${STAGE_VARIABLES_DOC}`, length };
  if (root === 'context') {
    const name = rest.join('.');
    const known = CONTEXT_VARIABLES.some(
      (v) => v === name || (v.endsWith('.*') && name.startsWith(v.slice(0, -1))) || v.startsWith(`${name}.`),
    );
    return known ? { text: `**$context.${name}**\n\n${contextDoc(name)}`, length } : null;
  }
  return null;
}

/** The hover for 0-based `column` on `line`, or null when there is nothing to explain there. */
export function velocityHover(line: string, column: number): VelocityHover | null {
  for (const m of line.matchAll(TOKEN)) {
    const start = m.index;
    if (column < start || column >= start + m[0].length) continue;
    const found = describe(m[0], column - start);
    return found ? { contents: found.text, start, end: start + found.length } : null;
  }
  return null;
}
