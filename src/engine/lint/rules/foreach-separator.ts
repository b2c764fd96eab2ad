// VTL004: a #foreach that writes a separator after every item (`},` before #end) with no $foreach.hasNext check:
// the last item is followed by a comma too, and `[{...},{...},]` is not valid JSON.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
// (the examples use #if($foreach.hasNext),#end)
import type { Node } from '../../vtl/compile/ir.ts';
import type { TemplateRule } from '../rule.ts';
import { referencesOfNode, walkNodes } from '../walk.ts';

const LOOP_STATE = new Set(['foreach', 'velocityHasNext', 'velocityCount']);

export const foreachSeparator: TemplateRule = {
  code: 'VTL004',
  title: '#foreach writes a separator after the last item',
  severity: 'warning',
  checkTemplate({ source, nodes, json, report }) {
    if (!json) return;
    for (const { node } of walkNodes(nodes)) {
      if (node.kind !== 'foreach') continue;
      const last = node.body[node.body.length - 1];
      if (last?.kind !== 'text' || last.at === undefined) continue;
      const trimmed = last.text.trimEnd();
      if (!trimmed.endsWith(',') || usesLoopState(node.body)) continue;
      const comma = last.at + trimmed.length - 1;
      report(
        source.span(comma, comma + 1),
        'This comma is written after every item, the last one too, so the list ends in ",]" — invalid JSON ' +
          '(the backend rejects the body). Write it only between items: #if($foreach.hasNext),#end.',
        {
          title: 'Write the comma only between items',
          edits: [source.edit(comma, comma + 1, '#if($foreach.hasNext),#end')],
        },
      );
    }
  },
};

/** Whether the loop body looks at $foreach / $velocityCount (then the separator is presumably handled). */
function usesLoopState(body: Node[]): boolean {
  for (const { node } of walkNodes(body)) {
    for (const ref of referencesOfNode(node)) if (LOOP_STATE.has(ref.name)) return true;
  }
  return false;
}
