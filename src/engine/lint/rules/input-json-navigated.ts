// VTL007: a variable set from $input.json(...) and then read like an object ($body.name, $body.get('x')). $input.json
// returns a JSON *string*; the property reads give nothing. $input.path(...) returns the object.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#input-variable-reference
import type { TemplateRule } from '../rule.ts';
import { allReferences, isCallOn, walkNodes } from '../walk.ts';

const STRING_METHODS = new Set([
  'length',
  'toString',
  'isEmpty',
  'contains',
  'startsWith',
  'endsWith',
  'replace',
  'replaceAll',
  'substring',
  'indexOf',
  'trim',
  'toLowerCase',
  'toUpperCase',
  'equals',
  'matches',
  'split',
  'charAt',
  'lastIndexOf',
]);

export const inputJsonNavigated: TemplateRule = {
  code: 'VTL007',
  title: 'a $input.json(...) result read like an object',
  severity: 'warning',
  checkTemplate({ source, nodes, report }) {
    const jsonVars = new Map<string, { start: number } | null>();
    for (const { node } of walkNodes(nodes)) {
      if (node.kind !== 'set' || node.target.path.length) continue;
      const v = node.value;
      if (v.kind === 'reference' && isCallOn(v, 'input', 'json') && v.path.length === 1) {
        const at = source.find('.json', node.pos);
        jsonVars.set(node.target.name, at < 0 ? null : { start: at });
      }
    }
    if (!jsonVars.size) return;
    const reported = new Set<string>();
    for (const { ref } of allReferences(nodes)) {
      if (!jsonVars.has(ref.name) || reported.has(ref.name)) continue;
      const first = ref.path[0];
      if (!first || (first.kind === 'method' && STRING_METHODS.has(first.name))) continue;
      const start = source.find(ref.text, ref.pos);
      if (start < 0) continue;
      reported.add(ref.name);
      const setAt = jsonVars.get(ref.name);
      report(
        source.span(start, start + ref.text.length),
        `$${ref.name} holds the JSON text that $input.json returned (a string), so ${ref.text} reads nothing. ` +
          `Set $${ref.name} from $input.path(...) to get an object you can navigate.`,
        setAt
          ? {
              title: `Set $${ref.name} from $input.path(...)`,
              edits: [source.edit(setAt.start, setAt.start + 5, '.path')],
            }
          : undefined,
      );
    }
  },
};
