// `integration-designer test <design.json>` (design.md §5): runs every sample that has an `expect` block through the
// engine — deterministic clock and ids, the design's mock backends (MSW handlers in-process, nothing leaves the
// machine unless the design sets backend.live) — and prints one line per sample, `✓ name` or `✗ name` followed by
// what differed (field, expected, actual), then `N passed, N failed`. Exit 0 when all pass, 1 when any fails,
// 2 on bad usage or an unreadable design. Samples run in document order in one mock session, so a sample can read
// what an earlier one wrote (S3 objects, DynamoDB items).
import { DesignFormatError } from '../model/design-format-error.ts';
import { restoreDesign } from '../model/restore.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import type { Trace } from '../engine/index.ts';
import type { BackendCaller } from '../mocks/fetch-backend.ts';
import { MockSession } from '../mocks/mock-session.ts';
import { CliInputError, parseArgs, readJsonFile, type CliIo } from './io.ts';
import { createTestBackends } from './test-backend.ts';
import { checkExpectations, formatMismatch, type Mismatch } from './test-expectations.ts';

const USAGE_LINE = 'usage: integration-designer test <design.json>\n';

export type SimulateFn = (
  design: Design,
  request: SampleRequest,
  options: { deterministic: boolean; backend: BackendCaller },
) => Promise<Trace>;

async function engineSimulate(): Promise<SimulateFn> {
  return (await import('../engine/index.ts')).simulate as SimulateFn;
}

export async function testCommand(args: string[], io: CliIo, simulate?: SimulateFn): Promise<number> {
  let file: string;
  try {
    const { positionals, flags } = parseArgs(args, []);
    const unknownFlag = Object.keys(flags)[0];
    if (unknownFlag !== undefined) throw new CliInputError(`test: unknown option --${unknownFlag}`);
    if (positionals.length !== 1) throw new CliInputError('test: expected exactly one design file');
    file = positionals[0]!;
  } catch (e) {
    if (!(e instanceof CliInputError)) throw e;
    io.err(`${e.message}\n${USAGE_LINE}`);
    return 2;
  }
  let design: Design;
  try {
    design = restoreDesign(readJsonFile(io, file)).design;
  } catch (e) {
    if (e instanceof CliInputError) io.err(`${e.message}\n`);
    else if (e instanceof DesignFormatError) io.err(`${file}: not a design: ${e.message}\n`);
    else throw e;
    return 2;
  }
  const samples = design.samples.filter((s) => s.expect !== undefined && s.expect !== null);
  if (samples.length === 0) {
    io.err(`${file}: no sample has an expect block; nothing to test\n`);
    io.out('0 passed, 0 failed\n');
    return 0;
  }
  const run = simulate ?? (await engineSimulate());
  const { describeOutputProblem } = await import('../engine/index.ts');
  const session = new MockSession({ deterministic: true });
  const backendFor = createTestBackends(session);
  let passed = 0;
  let failed = 0;
  for (const [index, sample] of samples.entries()) {
    const name = sample.name ?? `sample ${design.samples.indexOf(sample) + 1}`;
    let mismatches: Mismatch[];
    const details: string[] = [];
    try {
      const trace = await run(design, sample, { deterministic: true, backend: backendFor(design) });
      mismatches = [...checkExpectations(sample.expect!, trace), ...outputMismatches(trace)];
      for (const p of trace.outputProblems ?? []) details.push(`    ${describeOutputProblem(p, name)}`);
      if (trace.error)
        details.push(`    (the engine reported an error at stage ${trace.error.stage}: ${trace.error.message})`);
    } catch (e) {
      mismatches = [
        {
          field: 'simulate',
          expected: 'a trace',
          actual: (e as Error).message,
          note: `sample ${index + 1} could not run`,
        },
      ];
    }
    if (mismatches.length === 0) {
      passed += 1;
      io.out(`✓ ${name}\n`);
    } else {
      failed += 1;
      const lines = [...mismatches.flatMap((m) => formatMismatch(m)), ...details];
      io.out(`✗ ${name}\n${lines.map((l) => `${l}\n`).join('')}`);
    }
  }
  io.out(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

const EXPECTED_FORMAT = {
  json: 'valid JSON',
  xml: 'well-formed XML',
  form: 'URL-encoded form data',
  schema: "a body that matches the sample's schema",
} as const;

/** A body that is not what its content type promises fails the sample even when no expectation looks at it. */
function outputMismatches(trace: Trace): Mismatch[] {
  return (trace.outputProblems ?? []).map((p) => ({
    field: p.stage === 'integrationRequest' ? 'integration request body' : 'method response body',
    expected: EXPECTED_FORMAT[p.kind],
    actual:
      p.kind === 'schema'
        ? 'a body that does not'
        : `invalid ${EXPECTED_FORMAT[p.kind].replace(/^(valid|well-formed) /, '')}`,
  }));
}
