// Golden scenarios of the response half, end to end: simulate + the design's mock backends (deterministic). One
// folder per API Gateway behaviour under tests/fixtures/responses/<case>/ (design.json, request.json, expected.json);
// expected.json names its source and lists the Trace parts that must match (partially) and log lines that must appear.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import { createDesignBackend } from '../../src/mocks/design-backend.ts';
import { MockSession } from '../../src/mocks/mock-session.ts';
import type { Design, SampleRequest } from '../../src/model/types.ts';

const ROOT = join(import.meta.dirname, '../fixtures/responses');
const read = (...p: string[]) => JSON.parse(readFileSync(join(ROOT, ...p), 'utf8'));
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

interface Expected {
  source: string;
  integrationResponse?: Record<string, unknown> | null;
  methodResponse?: Record<string, unknown>;
  backend?: Record<string, unknown> | null;
  responseDetails?: Record<string, unknown>;
  logIncludes?: string[];
}

describe('response scenarios (tests/fixtures/responses)', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(10));

  it.each(cases)('%s', async (name) => {
    const design = read(name, 'design.json') as Design;
    const request = read(name, 'request.json') as SampleRequest;
    const expected = read(name, 'expected.json') as Expected;
    const trace = await simulate(design, request, {
      deterministic: true,
      backend: createDesignBackend(design, new MockSession({ deterministic: true })),
    });
    const context = `${name} (${expected.source})`;
    if (expected.integrationResponse === null) expect(trace.integrationResponse, context).toBeNull();
    else if (expected.integrationResponse)
      expect(trace.integrationResponse, context).toMatchObject(expected.integrationResponse);
    if (expected.backend === null) expect(trace.backend, context).toBeNull();
    else if (expected.backend) expect(trace.backend, context).toMatchObject(expected.backend);
    if (expected.methodResponse) expect(trace.methodResponse, context).toMatchObject(expected.methodResponse);
    if (expected.responseDetails) expect(trace.responseDetails, context).toMatchObject(expected.responseDetails);
    for (const line of expected.logIncludes ?? [])
      expect(
        trace.log.some((l) => l.includes(line)),
        `${context}: log has "${line}"\n${trace.log.join('\n')}`,
      ).toBe(true);
  });
});
