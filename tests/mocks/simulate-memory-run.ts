// Child process of simulate-memory.test.ts (run with --expose-gc): N simulations of one HTTP design through the
// mock backend, back to back as a script or the CLI's `test` would run them; prints the heap before and after.
import { readFileSync } from 'node:fs';
import { simulate } from '../../src/engine/index.ts';
import { createDesignBackend } from '../../src/mocks/design-backend.ts';
import { MockSession } from '../../src/mocks/mock-session.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const calls = Number(process.argv[2] ?? 10_000);
const design = JSON.parse(readFileSync(new URL('../fixtures/designs/valid-http.json', import.meta.url), 'utf8'));
const session = new MockSession({ deterministic: true });
const sample = design.samples[0] ?? {};
const run = () => simulate(design, sample, { deterministic: true, backend: createDesignBackend(design, session) });
// The heap right now, after full collections, without giving finalizers an event-loop turn (a loop of awaits
// never gives them one either).
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
for (let i = 0; i < 1000; i++) await run(); // warm up: compiled code, bounded caches (300 left them filling)
const before = heap();
let status = 0;
for (let i = 0; i < calls; i++) status = (await run()).methodResponse?.statusCode ?? 0;
process.stdout.write(JSON.stringify({ before, after: heap(), calls, status }));
