// VTL001: $util.escapeJavaScript inside a JSON string. It escapes ' as \', and \' is not a JSON escape, so the
// backend's JSON parser fails ("Unrecognized character escape"). The usual fix: .replaceAll("\\'","'").
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#util-template-reference
import type { TemplateRule } from '../rule.ts';
import { locateReference } from '../source-text.ts';
import { walkNodes } from '../walk.ts';

export const escapeJavaScriptInJson: TemplateRule = {
  code: 'VTL001',
  title: '$util.escapeJavaScript inside a JSON string',
  severity: 'warning',
  checkTemplate({ source, nodes, json, report }) {
    if (!json) return;
    for (const { node } of walkNodes(nodes)) {
      if (node.kind !== 'output' || node.ref.name !== 'util') continue;
      const at = node.ref.path.findIndex((s) => s.kind === 'method' && s.name === 'escapeJavaScript');
      if (at !== 0) continue;
      // Already repaired: a replaceAll after the escape.
      if (node.ref.path.slice(1).some((s) => s.kind === 'method' && s.name === 'replaceAll')) continue;
      const where = locateReference(source, node.ref);
      if (!where) continue;
      const formal = node.ref.text.endsWith('}') && node.ref.text.includes('{');
      const insertAt = formal ? where.end - 1 : where.end;
      report(
        source.span(where.start, where.end),
        "$util.escapeJavaScript escapes ' as \\', which is not a valid JSON escape: a single quote in the value " +
          'makes the backend reject the body (Unrecognized character escape). Undo that one escape with ' +
          `.replaceAll("\\\\'","'") after the call.`,
        {
          title: `Add .replaceAll("\\\\'","'")`,
          edits: [source.edit(insertAt, insertAt, `.replaceAll("\\\\'","'")`)],
        },
      );
    }
  },
};
