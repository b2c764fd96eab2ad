// The command's io for tests: what a command writes to stdout and stderr, captured; files read by `readText` (real
// files unless a test gives its own reader, e.g. one file set in memory or a standard input for `-`).
import { nodeIo, type CliIo } from '../../src/cli/io.ts';

export interface CapturedIo extends CliIo {
  stdout: string;
  stderr: string;
}

export function captureIo(readText: (path: string) => string = (path) => nodeIo.readText(path)): CapturedIo {
  const io: CapturedIo = {
    stdout: '',
    stderr: '',
    out: (text) => {
      io.stdout += text;
    },
    err: (text) => {
      io.stderr += text;
    },
    readText,
  };
  return io;
}
