// `integration-designer simulate <design.json> [--request <request.json> | --sample <name>] [--deterministic] [--log]`
// (design.md §5): prints the Trace as JSON, or with --log the execution log as the console's "Test" shows it.
// Exit 0 whatever the HTTP status; 2 for bad usage or input (unknown sample: the names are listed).
import { DesignFormatError } from '../model/design-format-error.ts';
import { restoreDesign } from '../model/restore.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import { simulate } from '../engine/index.ts';
import { createDesignBackend } from '../mocks/design-backend.ts';
import { MockSession } from '../mocks/mock-session.ts';
import { CliInputError, parseArgs, readJsonFile, type CliIo } from './io.ts';

const USAGE_LINE =
  'usage: integration-designer simulate <design.json> [--request <request.json> | --sample <name>] [--deterministic] [--log]\n';
const FLAGS = ['request', 'sample', 'deterministic', 'log'];

interface SimulateArgs {
  designFile: string;
  requestFile?: string;
  sampleName?: string;
  deterministic: boolean;
  log: boolean;
}

function parse(args: string[]): SimulateArgs {
  const { positionals, flags } = parseArgs(args, ['request', 'sample']);
  const unknown = Object.keys(flags).find((f) => !FLAGS.includes(f));
  if (unknown !== undefined) throw new CliInputError(`simulate: unknown option --${unknown}`);
  if (positionals.length !== 1) throw new CliInputError('simulate: expected exactly one design file');
  for (const f of ['request', 'sample']) {
    if (flags[f] === true) throw new CliInputError(`--${f} needs a value`);
  }
  if (flags.request !== undefined && flags.sample !== undefined)
    throw new CliInputError('simulate: give --request or --sample, not both');
  for (const f of ['deterministic', 'log']) {
    if (flags[f] !== undefined && flags[f] !== true) throw new CliInputError(`--${f} takes no value`);
  }
  return {
    designFile: positionals[0]!,
    requestFile: flags.request as string | undefined,
    sampleName: flags.sample as string | undefined,
    deterministic: flags.deterministic === true,
    log: flags.log === true,
  };
}

/** The sample to run: the --request file, the named sample, or the first sample of the design. */
function chooseSample(a: SimulateArgs, design: Design, io: CliIo): SampleRequest {
  if (a.requestFile !== undefined) {
    const json = readJsonFile(io, a.requestFile);
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      throw new CliInputError(
        `${a.requestFile}: expected a JSON object (a sample request: method, path, headers, query, body, ...)`,
      );
    }
    return json as SampleRequest;
  }
  const names = design.samples.map((s, i) => s.name ?? `#${i + 1}`);
  if (a.sampleName !== undefined) {
    const found = design.samples.find((s) => s.name === a.sampleName);
    if (!found) {
      const list = names.length > 0 ? names.map((n) => `  ${n}`).join('\n') : '  (the design has no samples)';
      throw new CliInputError(`${a.designFile}: no sample named "${a.sampleName}"; the samples are:\n${list}`);
    }
    return found;
  }
  if (design.samples.length === 0) {
    io.err(
      `${a.designFile}: no samples; simulating a default request (${design.method.httpMethod} ${design.method.resourcePath})\n`,
    );
    return {};
  }
  if (design.samples.length > 1)
    io.err(
      `${a.designFile}: ${design.samples.length} samples; using the first, "${names[0]}" (choose with --sample)\n`,
    );
  return design.samples[0]!;
}

export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  let a: SimulateArgs;
  let design: Design;
  let sample: SampleRequest;
  try {
    a = parse(args);
    const json = readJsonFile(io, a.designFile);
    try {
      design = restoreDesign(json).design;
    } catch (e) {
      if (e instanceof DesignFormatError) throw new CliInputError(`${a.designFile}: not a design: ${e.message}`);
      throw e;
    }
    sample = chooseSample(a, design, io);
  } catch (e) {
    if (!(e instanceof CliInputError)) throw e;
    io.err(`${e.message}\n${e.message.startsWith('simulate:') || e.message.startsWith('--') ? USAGE_LINE : ''}`);
    return 2;
  }
  // The design's mock backends answer (in-process, nothing leaves the machine unless the design sets backend.live).
  const backend = createDesignBackend(design, new MockSession({ deterministic: a.deterministic }));
  const trace = await simulate(design, sample, { deterministic: a.deterministic, backend });
  io.out(a.log ? `${trace.log.join('\n')}\n` : `${JSON.stringify(trace, null, 2)}\n`);
  return 0;
}
