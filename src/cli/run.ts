// What bin/integration-designer.js runs: the command with the process's arguments and exit code. Built into
// dist/cli.js (scripts/build-cli.mjs); each subcommand is a chunk loaded only when that command runs.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
