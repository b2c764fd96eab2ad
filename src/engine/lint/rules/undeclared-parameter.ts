// VTL005: $input.params('x') (or $input.params().header.x) naming a parameter that the method does not declare and no
// sample sends, while a declared or sent name is almost the same (petid / petId): a typo, and the template silently
// gets an empty string (path and query string names are case-sensitive). Templates may read any request parameter, so
// an undeclared name alone is not reported: an optional parameter no sample sends is fine.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#input-variable-reference
import type { Reference } from '../../vtl/compile/ir.ts';
import type { TemplateRule } from '../rule.ts';
import { parameterNames } from '../sample-facts.ts';
import { isCallOn, literalArg, allReferences } from '../walk.ts';

const LOCATIONS = new Set(['path', 'querystring', 'header']);

export const undeclaredParameter: TemplateRule = {
  code: 'VTL005',
  title: 'a request parameter name that is a typo of a declared or sent one',
  severity: 'warning',
  checkTemplate({ source, nodes, design, report }) {
    const known = parameterNames(design);
    for (const { ref } of allReferences(nodes)) {
      const named = parameterOf(ref);
      if (!named) continue;
      const candidates = named.location
        ? known[named.location]
        : [...known.path, ...known.querystring, ...known.header];
      // Header names are case-insensitive; path and query string names are not.
      const headers = named.location === 'header' ? known.header : named.location ? [] : known.header;
      const exactNames =
        named.location === 'header'
          ? []
          : named.location
            ? known[named.location]
            : [...known.path, ...known.querystring];
      const lower = named.name.toLowerCase();
      if (exactNames.includes(named.name) || headers.some((n) => n.toLowerCase() === lower)) continue;
      const start = source.find(named.quoted, ref.pos);
      if (start < 0) continue;
      const similar = candidates.find(
        (n) =>
          n.toLowerCase() === named.name.toLowerCase() ||
          editDistance(n, named.name) <= (named.name.length < 5 ? 1 : 2),
      );
      if (!similar) continue;
      const where = named.location ? `${named.location} parameter` : 'parameter';
      report(
        source.span(start, start + named.quoted.length),
        `The method declares no ${where} "${named.name}" and no sample sends one, so the template gets an empty ` +
          `string here. Did you mean "${similar}"? (path and query string parameter names are case-sensitive)`,
        { title: `Change to "${similar}"`, edits: [source.edit(start + 1, start + 1 + named.name.length, similar)] },
      );
    }
  },
};

function parameterOf(
  ref: Reference,
): { name: string; location: 'path' | 'querystring' | 'header' | null; quoted: string } | null {
  if (!isCallOn(ref, 'input', 'params')) return null;
  const first = ref.path[0];
  if (first?.kind !== 'method') return null;
  const direct = literalArg(first.args[0]);
  if (direct !== null) return { name: direct, location: null, quoted: `'${direct}'` };
  const [, location, access] = ref.path;
  if (location?.kind !== 'property' || !LOCATIONS.has(location.name)) return null;
  const loc = location.name as 'path' | 'querystring' | 'header';
  if (access?.kind === 'property') return { name: access.name, location: loc, quoted: `.${access.name}` };
  if (access?.kind === 'method' && access.name === 'get') {
    const name = literalArg(access.args[0]);
    if (name !== null) return { name, location: loc, quoted: `'${name}'` };
  }
  return null;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}
