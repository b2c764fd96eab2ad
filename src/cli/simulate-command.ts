// `integration-designer simulate <design.json> [--request <request.json> | --sample <name>] [--deterministic] [--log]`
// (docs/design-contracts.md#command-line): prints the Trace as JSON, or with --log the execution log as the console's
// "Test" shows it. Exit 0 whatever the HTTP status; 2 for bad usage or input (not a design or sample: one `path:
// message` per wrong type; unknown sample: the names are listed); 1 for a design API Gateway would refuse (its errors,
// `path: message`).
import type { Design, SampleRequest } from '../model/types.ts';
import { simulate } from '../engine/index.ts';
import { createDesignBackend } from '../mocks/design-backend.ts';
import { MockSession } from '../mocks/mock-session.ts';
import { designAccepted, readDesignFile, readSampleFile } from './design-input.ts';
import { CliInputError, parseOptions, type CliIo } from './io.ts';

const USAGE_LINE =
  'usage: integration-designer simulate <design.json> [--request <request.json> | --sample <name>] [--deterministic] [--log]\n';

interface SimulateArgs {
  designFile: string;
  requestFile?: string;
  sampleName?: string;
  deterministic: boolean;
  log: boolean;
}

function parse(args: string[]): SimulateArgs {
  const { positionals, flags } = parseOptions('simulate', args, {
    valued: ['request', 'sample'],
    switches: ['deterministic', 'log'],
  });
  if (positionals.length !== 1) throw new CliInputError('simulate: expected exactly one design file');
  if (flags.request !== undefined && flags.sample !== undefined)
    throw new CliInputError('simulate: give --request or --sample, not both');
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
  if (a.requestFile !== undefined) return readSampleFile(io, a.requestFile);
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
    design = readDesignFile(io, a.designFile);
    sample = chooseSample(a, design, io);
  } catch (e) {
    if (!(e instanceof CliInputError)) throw e;
    io.err(`${e.message}\n${e.message.startsWith('simulate:') || e.message.startsWith('--') ? USAGE_LINE : ''}`);
    return 2;
  }
  if (!designAccepted(io, a.designFile, design, 'not simulated')) return 1;
  // The design's mock backends answer (in-process, nothing leaves the machine unless the design sets backend.live).
  const backend = createDesignBackend(design, new MockSession({ deterministic: a.deterministic }));
  const trace = await simulate(design, sample, { deterministic: a.deterministic, backend });
  io.out(a.log ? `${trace.log.join('\n')}\n` : `${JSON.stringify(trace, null, 2)}\n`);
  return 0;
}
