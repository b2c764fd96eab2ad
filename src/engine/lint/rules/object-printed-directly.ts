// VTL002: a map printed directly. $input.params() (and its .header/.querystring/.path maps) and $input.path(...) of an
// object or array are Java objects: printing one writes Java's toString, {a=1, b=2}, not JSON. $input.json(...) returns
// JSON text.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#input-variable-reference
import type { Design } from '../../../model/types.ts';
import type { Expr, Reference } from '../../vtl/compile/ir.ts';
import { parsePayload } from '../../vtl/json/json-parse.ts';
import { evaluateJsonPath } from '../../vtl/json/jsonpath.ts';
import type { TemplateRule } from '../rule.ts';
import { locateReference } from '../source-text.ts';
import { isCallOn, literalArg, walkNodes } from '../walk.ts';

export const objectPrintedDirectly: TemplateRule = {
  code: 'VTL002',
  title: 'an object printed directly (Java toString, not JSON)',
  severity: 'warning',
  checkTemplate({ source, nodes, design, report }) {
    /** Variables set from $input.path(...) of an object: printing them prints the object. */
    const objectVars = new Set<string>();
    for (const { node } of walkNodes(nodes)) {
      if (node.kind === 'set' && !node.target.path.length) {
        if (node.value.kind === 'reference' && printsObject(node.value, design)) objectVars.add(node.target.name);
        else objectVars.delete(node.target.name);
      }
      if (node.kind !== 'output') continue;
      const ref = node.ref;
      const direct = printsObject(ref, design);
      const viaVariable = !ref.path.length && objectVars.has(ref.name);
      if (!direct && !viaVariable) continue;
      const where = locateReference(source, ref);
      if (!where) continue;
      const isPath = direct && isCallOn(ref, 'input', 'path') && ref.path.length === 1;
      const pathAt = isPath ? source.text.indexOf('.path', where.start) : -1;
      report(
        source.span(where.start, where.end),
        `${ref.text} is an object: printed directly it comes out as Java's toString ({a=1, b=2}), not JSON. ` +
          (direct && isCallOn(ref, 'input', 'params')
            ? 'Print its fields one by one (e.g. in a #foreach over $input.params().header.keySet()).'
            : "Print it with $input.json('...') instead, which writes JSON."),
        pathAt >= 0 && pathAt < where.end
          ? { title: 'Use $input.json(...)', edits: [source.edit(pathAt, pathAt + 5, '.json')] }
          : undefined,
      );
    }
  },
};

function printsObject(ref: Reference, design: Design): boolean {
  if (isCallOn(ref, 'input', 'params')) {
    const [first, second] = ref.path;
    if (first?.kind !== 'method' || first.args.length) return false;
    // $input.params() or $input.params().header (a map of maps or a map).
    return ref.path.length === 1 || (ref.path.length === 2 && second?.kind === 'property');
  }
  if (isCallOn(ref, 'input', 'path') && ref.path.length === 1) {
    const first = ref.path[0] as { args: Expr[] };
    const path = literalArg(first.args[0]);
    if (path === null) return false;
    if (path.trim() === '$') return true;
    return sampleValueIsObject(path, design);
  }
  return false;
}

/** Whether the JSONPath selects an object or an array in a sample's JSON body. */
function sampleValueIsObject(path: string, design: Design): boolean {
  for (const sample of Array.isArray(design.samples) ? design.samples : []) {
    if (typeof sample?.body !== 'string' || sample.isBase64Encoded) continue;
    try {
      const found = evaluateJsonPath(parsePayload(sample.body), path);
      if (found.found && (found.value instanceof Map || Array.isArray(found.value))) return true;
    } catch {
      // not JSON, or a path this sample cannot answer
    }
  }
  return false;
}
