// VTL006: #set to a value that is (or may be) null. In API Gateway's Velocity a #set whose right-hand side is null
// does not assign: the variable keeps its old value. `#set($x = null)` never clears anything, and inside a
// #foreach, `#set($name = $item.name)` keeps the previous item's name when this item has none.
// https://velocity.apache.org/engine/1.7/user-guide.html#set (null values are not assigned)
import type { Expr } from '../../vtl/compile/ir.ts';
import type { TemplateRule } from '../rule.ts';
import { locateReference } from '../source-text.ts';
import { walkNodes } from '../walk.ts';

export const setNull: TemplateRule = {
  code: 'VTL006',
  title: '#set to a null value keeps the old value',
  severity: 'warning',
  checkTemplate({ source, nodes, report }) {
    const assigned = new Set<string>();
    for (const { node, parents } of walkNodes(nodes)) {
      if (node.kind !== 'set' || node.target.path.length) continue;
      const name = node.target.name;
      const inLoop = parents.some((p) => p.kind === 'foreach');
      const literalNull = node.value.kind === 'literal' && node.value.value === null;
      const seenBefore = assigned.has(name);
      assigned.add(name);
      if (!literalNull && !(mayBeNull(node.value) && (inLoop || seenBefore))) continue;
      const start = source.find('#', node.pos);
      const target =
        start < 0 ? null : locateReference(source, { text: node.target.text, pos: source.positionOf(start) });
      if (!target) continue;
      const span = source.span(start, target.end);
      if (literalNull) {
        report(
          span,
          `#set(${node.target.text} = null) does nothing: a null value is not assigned, so ${node.target.text} keeps ` +
            'its old value. Set it to "" (or false) to clear it, and test it with #if.',
          nullAt(source.text, target.end) >= 0
            ? {
                title: 'Set it to ""',
                edits: [source.edit(nullAt(source.text, target.end), nullAt(source.text, target.end) + 4, '""')],
              }
            : undefined,
        );
      } else {
        report(
          span,
          `When this value is null, ${node.target.text} is not assigned and keeps its ` +
            `${inLoop ? "previous iteration's" : 'earlier'} value. Clear it first (#set(${node.target.text} = "")) ` +
            `or read it with a default, e.g. #if(...)...#else...#end.`,
        );
      }
    }
  },
};

/** A reference that can yield null: a property or index read, or a get()/path() lookup. */
function mayBeNull(e: Expr): boolean {
  if (e.kind !== 'reference' || !e.path.length) return false;
  if (e.name === 'util') return false;
  const last = e.path[e.path.length - 1]!;
  if (last.kind === 'property' || last.kind === 'index') return true;
  return last.name === 'get' || last.name === 'path';
}

function nullAt(text: string, from: number): number {
  const m = /=\s*(null)\b/.exec(text.slice(from, from + 64));
  return m ? from + m.index + m[0].length - 4 : -1;
}
