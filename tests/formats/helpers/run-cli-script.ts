// Runs a generated AWS CLI script in bash with a stub `aws` function that records its argv (NUL-separated, so any
// byte survives) and the content of every file:// argument at the moment of the call. What the stub received is
// exactly what the real CLI would receive: this proves the quoting.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RecordedCall {
  argv: string[];
  files: Record<string, string>;
}

const STUB = `aws() {
  printf '%s\\0' '@@CALL' "$@" >> "$OUT"
  local a
  for a in "$@"; do
    case "$a" in file://*) printf '%s\\0' '@@FILE' "$a" "$(cat "\${a#file://}")" >> "$OUT";; esac
  done
}
source "$SCRIPT"`;

export function runCliScript(
  script: string,
  env: Record<string, string> = { REST_API_ID: 'a1b2c3', RESOURCE_ID: 'r9' },
): RecordedCall[] {
  const dir = mkdtempSync(join(tmpdir(), 'cli-script-'));
  try {
    const scriptPath = join(dir, 'deploy.sh');
    const out = join(dir, 'calls.bin');
    writeFileSync(scriptPath, script);
    writeFileSync(out, '');
    execFileSync('bash', ['-c', STUB], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env, SCRIPT: scriptPath, OUT: out },
      stdio: 'pipe',
    });
    return parseCalls(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseCalls(recorded: string): RecordedCall[] {
  const parts = recorded.split('\0');
  parts.pop();
  const calls: RecordedCall[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '@@CALL') calls.push({ argv: [], files: {} });
    else if (parts[i] === '@@FILE') {
      calls[calls.length - 1]!.files[parts[i + 1]!] = parts[i + 2]!;
      i += 2;
    } else calls[calls.length - 1]!.argv.push(parts[i]!);
  }
  return calls;
}

/** `apigateway put-integration --a 1 --b=2` -> { command: 'put-integration', options: { a: '1', b: '2' } }. */
export function optionsOf(call: RecordedCall): { command: string; options: Record<string, string> } {
  const [service, command, ...rest] = call.argv;
  if (service !== 'apigateway') throw new Error(`not an apigateway call: ${call.argv.join(' ')}`);
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const eq = arg.indexOf('=');
    if (eq > 0) options[arg.slice(2, eq)] = arg.slice(eq + 1);
    else options[arg.slice(2)] = rest[++i]!;
  }
  return { command: command!, options };
}
