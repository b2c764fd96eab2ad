// `integration-designer test <files and globs…> [--reporter human|junit|json] [--pass-with-no-tests]`
// (docs/design-contracts.md#command-line): runs design documents (every sample with an `expect` block) and tests files
// (tests of the methods of the user's own CloudFormation/SAM template or OpenAPI document: tests-file.ts) through the
// engine — deterministic clock and ids, the mocked backends (MSW handlers in-process, nothing leaves the machine unless
// a design sets backend.live). Exit 0 all passed; 1 a failure, or nothing tested (unless --pass-with-no-tests); 2 bad
// usage or unreadable input (file, line and column). Reports go to stdout; notes (a glob that matched nothing) to
// stderr.
import { CliInputError, parseOptions, type CliIo } from './io.ts';
import { expandTestFiles } from './test-files.ts';
import { humanReport, jsonReport, junitReport, REPORTERS, totals, type Reporter } from './test-report.ts';
import { runSuites, type SimulateFn } from './test-run.ts';
import { readSuite, type TestSuite } from './test-suites.ts';

export type { SimulateFn } from './test-run.ts';

const USAGE_LINE =
  'usage: integration-designer test <design.json | name.tests.yaml | folder | glob>... [--reporter human|junit|json] [--pass-with-no-tests]\n';

async function engineSimulate(): Promise<SimulateFn> {
  return (await import('../engine/index.ts')).simulate as SimulateFn;
}

interface TestArgs {
  inputs: string[];
  reporter: Reporter;
  passWithNoTests: boolean;
}

function parse(args: string[]): TestArgs {
  const { positionals, flags } = parseOptions('test', args, { valued: ['reporter'], switches: ['pass-with-no-tests'] });
  if (positionals.length === 0) throw new CliInputError('test: expected design documents, tests files or folders');
  const reporter = flags.reporter ?? 'human';
  if (reporter === true || !REPORTERS.includes(reporter as Reporter))
    throw new CliInputError(`test: --reporter takes one of ${REPORTERS.join(', ')}`);
  if (flags['pass-with-no-tests'] !== undefined && flags['pass-with-no-tests'] !== true)
    throw new CliInputError('--pass-with-no-tests takes no value');
  return { inputs: positionals, reporter: reporter as Reporter, passWithNoTests: flags['pass-with-no-tests'] === true };
}

export async function testCommand(args: string[], io: CliIo, simulate?: SimulateFn): Promise<number> {
  let options: TestArgs;
  const suites: TestSuite[] = [];
  try {
    options = parse(args);
    const { files, empty } = await expandTestFiles(options.inputs);
    for (const pattern of empty) io.err(`${pattern}: no design documents or tests files match\n`);
    for (const file of files) suites.push(readSuite(io, file));
  } catch (e) {
    if (!(e instanceof CliInputError)) throw e;
    io.err(`${e.message}\n${e.message.startsWith('test:') ? USAGE_LINE : ''}`);
    return 2;
  }
  const results = await runSuites(suites, simulate ?? (await engineSimulate()), io);
  const report = { human: humanReport, junit: junitReport, json: jsonReport }[options.reporter];
  io.out(report(results));
  const { passed, failed } = totals(results);
  if (passed + failed === 0) {
    if (options.passWithNoTests) return 0;
    io.err(
      'nothing was tested: no sample has an expect block and no tests file has tests (--pass-with-no-tests accepts that)\n',
    );
    return 1;
  }
  return failed > 0 ? 1 : 0;
}
