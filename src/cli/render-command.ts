// `integration-designer render <template.vtl|-> --request <request.json> [--design <design.json>]`
// (docs/design-contracts.md#command-line): prints exactly the rendered text (nothing added); a template error exits 1
// with `line L, column C: message` on stderr; unreadable or invalid input exits 2.
import { MethodRequestError, renderTemplate } from '../engine/index.ts';
import { readDesignFile, readSampleFile } from './design-input.ts';
import type { CliIo } from './io.ts';
import { CliInputError, parseOptions } from './io.ts';

const USAGE =
  'usage: integration-designer render <template.vtl|-> --request <request.json> [--design <design.json>] [--deterministic]\n';

export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  try {
    let positionals: string[];
    let flags: Record<string, string | true>;
    try {
      ({ positionals, flags } = parseOptions('render', args, {
        valued: ['request', 'design'],
        switches: ['deterministic'],
      }));
    } catch (e) {
      if (!(e instanceof CliInputError)) throw e;
      io.err(`integration-designer ${e.message}\n${USAGE}`);
      return 2;
    }
    if (positionals.length !== 1 || typeof flags.request !== 'string') {
      io.err(
        `integration-designer render: ${positionals.length !== 1 ? 'give one template file (or - for stdin)' : '--request <request.json> is required'}\n${USAGE}`,
      );
      return 2;
    }
    const template = io.readText(positionals[0]!);
    const request = readSampleFile(io, flags.request);
    // Only the design's types are checked: render is how a template with errors is tried out.
    const design = typeof flags.design === 'string' ? readDesignFile(io, flags.design, { quiet: true }) : undefined;
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
