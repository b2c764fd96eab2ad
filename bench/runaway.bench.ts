// Time to stop of the worst runaway templates (issue: "templates that run for minutes"): each row renders one hostile
// template through renderVtl with the default limits and reports how long it took to finish or be stopped, against the
// 2 s wall-clock limit (DEFAULT_LIMITS.maxMillis). Goal: every row well under the limit (ratio < 1). Each row is the
// worst of three runs, the first cold. The note says how it ended: a result (the linear-time regex engine simply
// answers) or which limit fired. Run: npx tsx bench/runaway.bench.ts
import { compileJavaRegex, DEFAULT_LIMITS, renderVtl } from '../src/engine/index.ts';
import type { BenchRow } from './bench-row.ts';
import { formatTable } from './bench-row.ts';

const EVIL = `${'a'.repeat(50_000)}!`; // (a+)+$ on this takes Java's backtracking engine longer than the universe's age
const doubled = (name: string) =>
  `#set($${name} = [1])#foreach($i in [1..50])#set($${name} = [$${name}, $${name}])#end`;

const CASES: Array<[name: string, template: string, body?: string]> = [
  ['a 293 KB template of 100,000 references (parse)', '$a '.repeat(100_000)],
  ['matches("(a+)+$")', '$input.body.matches("(a+)+$")', EVIL],
  ['replaceAll("(a|aa)+$", ...)', '$input.body.replaceAll("(a|aa)+$", "x").length()', EVIL],
  ['replaceFirst("(.*a){20}", ...)', '$input.body.replaceFirst("(.*a){20}", "x").length()', EVIL],
  ['split("(a+)+b")', '$input.body.split("(a+)+b").size()', EVIL],
  ['list doubled 50x, printed', `${doubled('l')}$l`],
  ['list doubled 50x, compared', `${doubled('a')}${doubled('b')}#if($a == $b)equal#end`],
  ['list doubled 50x, compared to a string', `${doubled('l')}#if($l == "x")equal#end`],
  ['list doubled 50x, interpolated', `${doubled('l')}#set($s = "$l")`],
  ['list doubled 50x, as a map key', `${doubled('l')}#set($m = {})#set($x = $m.put($l, 1))`],
  ['string doubled 60x', '#set($s = "a")#foreach($i in [1..60])#set($s = "$s$s")#end'],
  ['addAll doubling 60x', '#set($l = [1])#foreach($i in [1..60])#set($x = $l.addAll($l))#end'],
  ['$util.base64Encode of 50 MB', '$util.base64Encode($input.body)', 'x'.repeat(50 * 1024 * 1024)],
  ['$util.escapeJavaScript of 9 MB (6x growth)', '$util.escapeJavaScript($input.body)', '\u00e9'.repeat(9_000_000)],
  ['JSON nested 100,000 deep', "$input.path('$')", '['.repeat(100_000) + ']'.repeat(100_000)],
  [
    '$util.parseJson nested 100,000 deep',
    '$util.parseJson($input.body)',
    `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
  ],
  [
    '1,000^3 nested #foreach',
    '#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])#end#end#end',
  ],
  ['macro recursion', '#macro(r $n)#r($n)#end#r(1)'],
];

function outcome(r: ReturnType<typeof renderVtl>): string {
  if (r.ok)
    return `result: ${r.output.length > 24 ? `${r.output.length.toLocaleString('en-US')} chars` : JSON.stringify(r.output)}`;
  const m = /grew past|evaluation steps|ran longer|nested more than \d+ levels|levels deep/.exec(r.error.message);
  return `${r.error.code}${m ? `: ${m[0]}` : ''} at ${r.error.line}:${r.error.column}`;
}

function timeOnce(template: string, body = ''): { ms: number; note: string } {
  const scope = { body, params: { path: {}, querystring: {}, header: {} }, context: {}, stageVariables: {} };
  const start = performance.now();
  const r = renderVtl(template, scope);
  return { ms: performance.now() - start, note: outcome(r) };
}

export async function runRunawayBench(): Promise<BenchRow[]> {
  const limit = DEFAULT_LIMITS.maxMillis;
  const rows: BenchRow[] = [];
  for (const [name, template, body] of CASES) {
    // The worst of three runs, the first one cold (nothing compiled or cached yet): what a stranger's template costs.
    const runs = [timeOnce(template, body), timeOnce(template, body), timeOnce(template, body)];
    const worst = runs.reduce((a, b) => (b.ms > a.ms ? b : a));
    rows.push({ name, msPerOp: worst.ms, baselineMsPerOp: limit, ratio: worst.ms / limit, note: worst.note });
  }
  // A selectionPattern is matched on the same engine: a catastrophic pattern against a long Lambda errorMessage.
  const start = performance.now();
  const matched = compileJavaRegex('(\\w+\\s?)*$x').matches(`${'word '.repeat(20_000)}!`);
  const ms = performance.now() - start;
  rows.push({
    name: 'selectionPattern "(\\w+\\s?)*$x" on a 100 KB errorMessage',
    msPerOp: ms,
    baselineMsPerOp: limit,
    ratio: ms / limit,
    note: `result: ${matched}`,
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatTable(await runRunawayBench()));
