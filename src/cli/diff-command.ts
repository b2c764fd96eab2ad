// `integration-designer diff <before.json> <after.json> [--to summary|json|aws-cli]`: what changed between two designs
// on what API Gateway stores for the method, as a human summary (default), as the API Gateway calls that apply it
// (JSON: [{operation, statusCode?, patchOperations?, input?}]) or as a bash script of `aws apigateway` commands.
// Exit 0 (whether or not anything changed), 2 on bad usage or a file that is not a design.
import {
  callsJson,
  diffDesigns,
  patchCalls,
  patchScript,
  scriptTitle,
  summarizeChanges,
} from '../formats/patch/index.ts';
import { nearestName } from '../model/schema/nearest-name.ts';
import type { Design } from '../model/types.ts';
import { readDesignFile } from './design-input.ts';
import { CliInputError, reportInputError, parseOptions, type CliIo } from './io.ts';

const FORMATS = ['summary', 'json', 'aws-cli'];
const USAGE_LINE = 'usage: integration-designer diff <before.json> <after.json> [--to summary|json|aws-cli]\n';

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  let designs: [Design, Design];
  let to: string;
  try {
    const { positionals, flags } = parseOptions('diff', args, { valued: ['to'] });
    if (positionals.length !== 2) throw new CliInputError('diff: expected two design files, before and after');
    to = typeof flags.to === 'string' ? flags.to : 'summary';
    if (!FORMATS.includes(to)) {
      const near = nearestName(to, FORMATS);
      throw new CliInputError(
        `diff: unknown format "${to}"${near ? `; did you mean ${near}?` : ` (formats: ${FORMATS.join(', ')})`}`,
      );
    }
    designs = [
      readDesignFile(io, positionals[0]!, { quiet: true }),
      readDesignFile(io, positionals[1]!, { quiet: true }),
    ];
  } catch (e) {
    return reportInputError(io, e, USAGE_LINE);
  }
  const [before, after] = designs;
  if (to === 'summary') {
    io.out(summarizeChanges(diffDesigns(before, after)));
    return 0;
  }
  const { calls, warnings } = patchCalls(before, after);
  for (const warning of warnings) io.err(`warning: ${warning}\n`);
  if (to === 'json') io.out(callsJson(calls));
  else io.out(patchScript(calls, after.method.httpMethod, scriptTitle(before, after)));
  return 0;
}
