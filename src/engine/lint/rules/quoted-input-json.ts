// VTL003: "$input.json('...')" wrapped in quotes. $input.json returns JSON text: a string value already comes with its
// quotes ("\"Rex\"" inside quotes is invalid JSON), an object becomes a string's garbled content.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#input-variable-reference
import type { TemplateRule } from '../rule.ts';
import { locateReference } from '../source-text.ts';
import { isCallOn, walkNodes } from '../walk.ts';

export const quotedInputJson: TemplateRule = {
  code: 'VTL003',
  title: '$input.json(...) wrapped in quotes',
  severity: 'warning',
  checkTemplate({ source, nodes, report }) {
    for (const { node } of walkNodes(nodes)) {
      if (node.kind !== 'output' || !isCallOn(node.ref, 'input', 'json') || node.ref.path.length !== 1) continue;
      const where = locateReference(source, node.ref);
      if (!where) continue;
      const text = source.text;
      if (text[where.start - 1] !== '"' || text[where.end] !== '"') continue;
      report(
        source.span(where.start - 1, where.end + 1),
        `${node.ref.text} already writes JSON, quotes included for a string: wrapped in quotes it becomes ` +
          '""Rex"" (invalid JSON) or an object inside a string. Remove the quotes around it.',
        {
          title: 'Remove the quotes',
          edits: [source.edit(where.end, where.end + 1, ''), source.edit(where.start - 1, where.start, '')],
        },
      );
    }
  },
};
