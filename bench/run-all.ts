// `npm run bench`: every benchmark, each row with a ratio against a baseline measured in the same run.
// Performance is measured here, never in timed tests.
import type { BenchRow } from './bench-row.ts';
import { formatTable } from './bench-row.ts';

const suites: Array<[string, string, string]> = [
  ['Velocity runtime (vs plain velocityjs)', './vtl.bench.ts', 'runVtlBench'],
  ['Request pipeline (vs rendering the template alone)', './simulate.bench.ts', 'runSimulateBench'],
  ['Command start-up (CPU vs node -e 0 in the same run)', './cli-startup.bench.ts', 'runCliStartupBench'],
  ['Runaway templates: time to stop (vs the 2 s limit)', './runaway.bench.ts', 'runRunawayBench'],
  ['Browser (build size vs budget, timings in headless Chromium)', './ui.bench.ts', 'runUiBench'],
];

const only = process.argv.slice(2);
let failed = false;
for (const [title, file, fn] of suites) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.log(`\n## ${title}`);
  try {
    const mod = (await import(file)) as Record<string, () => Promise<BenchRow[]>>;
    const rows = await mod[fn]!();
    console.log(formatTable(rows));
  } catch (e) {
    failed = true;
    console.log(`(could not run: ${(e as Error).message})`);
  }
}
process.exitCode = failed ? 1 : 0;
