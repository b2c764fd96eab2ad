// `integration-designer open <file> [--port N] [--no-browser]`: the designer served locally on one file (a design
// document, or an API definition: CloudFormation/SAM template, OpenAPI document), which "Save to file" writes back
// after showing the change. 127.0.0.1 only, a free port unless --port; opens the browser unless --no-browser, and
// carries on (printing the URL) when there is none. Runs until Ctrl+C.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { readApiDesigns } from '../formats/api-definition/read-api-designs.ts';
import { CliInputError, reportInputError, type CliIo, parseOptions } from './io.ts';
import { appDirectory } from './open/app-location.ts';
import { startOpenServer } from './open/open-server.ts';

const USAGE_LINE = 'usage: integration-designer open <file> [--port N] [--no-browser]\n';

export async function openCommand(args: string[], io: CliIo, stop?: Promise<void>): Promise<number> {
  let file: string;
  let port = 0;
  let browser = true;
  try {
    const { positionals, flags } = parseOptions('open', args, { valued: ['port'], switches: ['no-browser'] });
    if (positionals.length !== 1) throw new CliInputError('open: expected one file');
    file = resolve(positionals[0]!);
    if (flags.port !== undefined) {
      port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliInputError(`open: --port ${flags.port}: expected a port number (0-65535)`);
    }
    browser = flags['no-browser'] !== true;
    const text = io.readText(positionals[0]!);
    const read = readApiDesigns(text);
    if (!read.ok) io.err(`warning: ${positionals[0]}: ${read.error} (the designer will say so)\n`);
  } catch (e) {
    return reportInputError(io, e, USAGE_LINE);
  }
  let server: Awaited<ReturnType<typeof startOpenServer>>;
  try {
    const appDir = await appDirectory(io.err);
    server = await startOpenServer({ appDir, file, port });
  } catch (e) {
    io.err(`open: ${(e as Error).message}\n`);
    return 2;
  }
  io.out(`Editing ${file}\nat ${server.url}  (Ctrl+C stops)\n`);
  if (browser) openBrowser(server.url, io);
  await (stop ?? untilInterrupted());
  await server.close();
  return 0;
}

function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** The system's way to open a URL; no browser (a server, a container) is not an error: the URL is printed. */
function openBrowser(url: string, io: CliIo): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => io.err(`No browser could be started; open ${url} yourself.\n`));
    child.unref();
  } catch {
    io.err(`No browser could be started; open ${url} yourself.\n`);
  }
}
