// `integration-designer test` on tests files, folders and globs, with the JUnit and JSON reporters (issue #13):
// exit 0 all passed, 1 a failure or nothing tested, 2 bad usage or unreadable input with file, line and column.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { nodeIo, type CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

/** Real files, captured output. */
function diskIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => void out.push(t), err: (t) => void err.push(t), readText: nodeIo.readText };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function run(...args: string[]) {
  const { io, stdout, stderr } = diskIo();
  const code = await main(['test', ...args], io);
  return { code, stdout: stdout(), stderr: stderr() };
}

const dir = mkdtempSync(join(tmpdir(), 'id-tests-files-'));
const orders = readFileSync('examples/openapi-orders/openapi.yaml', 'utf8');
writeFileSync(join(dir, 'openapi.yaml'), orders);
writeFileSync(
  join(dir, 'broken-template.yaml'),
  orders.replace('"currency": "$o.amount.currency"}', '#foreach($x in)"currency": "$o.amount.currency"}'),
);
const getOrder = `    operation: GET /orders/{orderId}
    request: { path: /orders/o-17 }
    backend:
      http: { statusCode: 200, headers: { Content-Type: application/json }, body: '{"id": "o-17", "amount": {"value": 1, "currency": "EUR"}}' }
`;
writeFileSync(
  join(dir, 'mixed.tests.yaml'),
  `api: ./openapi.yaml\ntests:\n  - name: passes\n${getOrder}    expect: { status: 200 }\n  - name: fails <here> & there\n${getOrder}    expect: { status: 201 }\n  - name: unknown operation\n    operation: DELETE /orders\n    expect: { status: 200 }\n`,
);
writeFileSync(
  join(dir, 'template-error.tests.yaml'),
  `api: ./broken-template.yaml\ntests:\n  - name: response template\n${getOrder}    expect: { status: 200 }\n`,
);

describe('test with tests files', () => {
  it('every example passes: npx integration-designer test examples/', { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await run('examples/');
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^\d+ passed, 0 failed$/m);
    expect(code).toBe(0);
  });

  it('a glob runs each matching tests file; failures name the file and line of the test', async () => {
    const { code, stdout } = await run(join(dir, 'mixed.*.yaml'));
    expect(code).toBe(1);
    expect(stdout).toContain('✓ passes\n');
    expect(stdout).toContain(
      `✗ fails <here> & there  (${join(dir, 'mixed.tests.yaml')}:9)\n    status: expected 201, got 200\n`,
    );
    expect(stdout).toMatch(
      /✗ unknown operation .*\n {4}operation: expected "DELETE \/orders", got \(absent\)\n {4}.*openapi.yaml has no method DELETE \/orders; it has: GET \/orders\/\{orderId\}, GET \/orders\/\{orderId\}\/invoice, POST \/orders\n/,
    );
    expect(stdout).toMatch(/1 passed, 2 failed\n$/);
  });

  it('a template error names the API file, the line in it and the template', async () => {
    const { code, stdout } = await run(join(dir, 'template-error.tests.yaml'));
    expect(code).toBe(1);
    const broken = readFileSync(join(dir, 'broken-template.yaml'), 'utf8').split('\n');
    const line = broken.findIndex((l) => l.includes('#foreach($x in)')) + 1;
    expect(stdout).toContain(
      `${join(dir, 'broken-template.yaml')}:${line}: syntax error: unexpected ")"; expected a $reference, [ (in paths./orders/{orderId}.get.x-amazon-apigateway-integration.responses.default.responseTemplates.application/json, template line 2, column `,
    );
  });

  it('--reporter junit: one testcase per test, failures with the diff, valid XML', async () => {
    const { code, stdout } = await run(join(dir, 'mixed.tests.yaml'), '--reporter', 'junit');
    expect(code).toBe(1);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(stdout);
    expect(xml.testsuites).toMatchObject({ tests: '3', failures: '2' });
    const cases = xml.testsuites.testsuite.testcase;
    expect(cases.map((c: { name: string }) => c.name)).toEqual(['passes', 'fails <here> & there', 'unknown operation']);
    expect(cases[0].failure).toBeUndefined();
    expect(cases[1].failure.message).toBe('status: expected 201, got 200');
    expect(cases[1].failure['#text']).toContain('status: expected 201, got 200');
    expect(cases[1].line).toBe('9');
  });

  it('--reporter json: totals and each test with its failures', async () => {
    const { stdout } = await run(join(dir, 'mixed.tests.yaml'), '--reporter=json');
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ passed: 1, failed: 2 });
    expect(report.suites[0].tests[1]).toMatchObject({
      name: 'fails <here> & there',
      status: 'failed',
      failures: [{ field: 'status', expected: 201, actual: 200 }],
    });
  });

  it.each([
    ['an unreadable api file', 'api: ./missing.yaml\ntests: []\n', /api: .*missing.yaml: no such file/],
    [
      'a mistake in the tests file',
      'api: ./openapi.yaml\ntests:\n  - name: x\n    operation: nope\n',
      /bad.tests.yaml:4:16: tests.0.operation/,
    ],
  ])('%s -> exit 2 with where', async (_name, text, message) => {
    writeFileSync(join(dir, 'bad.tests.yaml'), text);
    const { code, stderr } = await run(join(dir, 'bad.tests.yaml'));
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
  });

  it.each([
    [['--reporter', 'xml', 'examples/'], 2, /--reporter takes one of human, junit, json/],
    [[join(dir, 'none-*.tests.yaml')], 1, /no design documents or tests files match/],
    [[join(dir, 'none-*.tests.yaml'), '--pass-with-no-tests'], 0, /no design documents or tests files match/],
  ])('%j -> exit %i', async (args, expected, message) => {
    const { code, stderr } = await run(...(args as string[]));
    expect(stderr).toMatch(message);
    expect(code).toBe(expected);
  });
});
