// `integration-designer render <template.vtl|-> --request <request.json> [--design <design.json>]` (design.md §5):
// prints exactly the rendered text (nothing added); a template error exits 1 with `line L, column C: message` on
// stderr; unreadable or invalid input exits 2.
import { MethodRequestError, renderTemplate } from '../engine/index.ts';
import { DesignFormatError, restoreDesign } from '../model/restore.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import type { CliIo } from './io.ts';
import { CliInputError, parseArgs, readJsonFile } from './io.ts';

const USAGE =
  'usage: integration-designer render <template.vtl|-> --request <request.json> [--design <design.json>] [--deterministic]\n';

function readRequest(io: CliIo, path: string): SampleRequest {
  const value = readJsonFile(io, path);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliInputError(
      `${path}: expected a sample request (a JSON object with method, path, headers, query, body, ...)`,
    );
  }
  return value as SampleRequest;
}

function readDesign(io: CliIo, path: string): Design {
  const value = readJsonFile(io, path);
  try {
    return restoreDesign(value).design;
  } catch (e) {
    if (e instanceof DesignFormatError) throw new CliInputError(`${path}: ${e.message}`);
    throw e;
  }
}

export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  try {
    const { positionals, flags } = parseArgs(args, ['request', 'design']);
    if (positionals.length !== 1 || typeof flags.request !== 'string') {
      io.err(
        `integration-designer render: ${positionals.length !== 1 ? 'give one template file (or - for stdin)' : '--request <request.json> is required'}\n${USAGE}`,
      );
      return 2;
    }
    const unknown = Object.keys(flags).filter((f) => !['request', 'design', 'deterministic'].includes(f));
    if (unknown.length) {
      io.err(`integration-designer render: unknown option --${unknown[0]}\n${USAGE}`);
      return 2;
    }
    const template = io.readText(positionals[0]!);
    const request = readRequest(io, flags.request);
    const design = typeof flags.design === 'string' ? readDesign(io, flags.design) : undefined;
    let result: ReturnType<typeof renderTemplate>;
    try {
      result = renderTemplate(template, request, design, { deterministic: flags.deterministic === true });
    } catch (e) {
      if (e instanceof MethodRequestError) throw new CliInputError(`${flags.request}: ${e.message}`);
      throw e;
    }
    if ('error' in result) {
      io.err(`line ${result.error.line}, column ${result.error.column}: ${result.error.message}\n`);
      return 1;
    }
    io.out(result.output);
    return 0;
  } catch (e) {
    if (e instanceof CliInputError) {
      io.err(`integration-designer render: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
