// The reports of `test`: human (default: ✓/✗ lines, what differed, a summary), JUnit XML for CI test tabs (one
// <testcase> per test, <failure> with the diff; the schema Jenkins, GitLab and GitHub reporters read:
// https://github.com/testmoapp/junitxml), and JSON.
import type { Mismatch } from '../engine/index.ts';
import { formatMismatch } from './test-expectations.ts';
import type { CaseResult, SuiteResult } from './test-run.ts';

export type Reporter = 'human' | 'junit' | 'json';
export const REPORTERS: readonly Reporter[] = ['human', 'junit', 'json'];

function failureLines(c: CaseResult): string[] {
  return [...c.mismatches.flatMap((m) => formatMismatch(m)), ...c.details];
}

function where(result: SuiteResult, c: CaseResult): string {
  return c.line !== undefined ? `${result.suite.file}:${c.line}` : result.suite.file;
}

export function humanReport(results: SuiteResult[]): string {
  const headers = results.length > 1 || results.some((r) => r.suite.kind === 'tests');
  let out = '';
  for (const result of results) {
    if (headers) out += `${result.suite.file}${result.suite.api ? ` (api: ${result.suite.api})` : ''}\n`;
    if (headers && result.cases.length === 0) out += '  (no tests)\n';
    for (const c of result.cases) {
      if (c.passed) out += `✓ ${c.name}\n`;
      else
        out += `✗ ${c.name}${result.suite.kind === 'tests' ? `  (${where(result, c)})` : ''}\n${failureLines(c)
          .map((l) => `${l}\n`)
          .join('')}`;
    }
  }
  const { passed, failed } = totals(results);
  return `${out}${passed} passed, ${failed} failed\n`;
}

export function totals(results: SuiteResult[]): { passed: number; failed: number } {
  const all = results.flatMap((r) => r.cases);
  const passed = all.filter((c) => c.passed).length;
  return { passed, failed: all.length - passed };
}

/** XML 1.0 text: escaped, and without the control characters XML cannot hold at all. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

export function junitReport(results: SuiteResult[]): string {
  const { passed, failed } = totals(results);
  const time = results.flatMap((r) => r.cases).reduce((t, c) => t + c.durationMs, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="integration-designer" tests="${passed + failed}" failures="${failed}" errors="0" time="${seconds(time)}">`,
  ];
  for (const result of results) {
    const { passed: p, failed: f } = totals([result]);
    const suiteTime = result.cases.reduce((t, c) => t + c.durationMs, 0);
    lines.push(
      `  <testsuite name="${xml(result.suite.file)}" tests="${p + f}" failures="${f}" errors="0" skipped="0" time="${seconds(suiteTime)}">`,
    );
    for (const c of result.cases) {
      const open = `    <testcase name="${xml(c.name)}" classname="${xml(result.suite.file)}" file="${xml(result.suite.file)}"${c.line !== undefined ? ` line="${c.line}"` : ''} time="${seconds(c.durationMs)}"`;
      if (c.passed) {
        lines.push(`${open}/>`);
        continue;
      }
      const first = c.mismatches[0];
      const message = first ? summary(first) : 'failed';
      lines.push(`${open}>`);
      lines.push(
        `      <failure message="${xml(message)}" type="AssertionError">${xml([`${where(result, c)}`, ...failureLines(c)].join('\n'))}</failure>`,
      );
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function summary(m: Mismatch): string {
  return formatMismatch(m, '').join(' ').replace(/\s+/g, ' ').trim();
}

export function jsonReport(results: SuiteResult[]): string {
  const { passed, failed } = totals(results);
  return `${JSON.stringify(
    {
      passed,
      failed,
      suites: results.map((r) => ({
        file: r.suite.file,
        ...(r.suite.api ? { api: r.suite.api } : {}),
        tests: r.cases.map((c) => ({
          name: c.name,
          ...(c.line !== undefined ? { line: c.line } : {}),
          status: c.passed ? 'passed' : 'failed',
          durationMs: Math.round(c.durationMs * 1000) / 1000,
          failures: c.mismatches.map((m) => ({
            field: m.field,
            expected: m.expected ?? null,
            actual: m.actual ?? null,
            ...(m.note ? { note: m.note } : {}),
          })),
          ...(c.details.length ? { details: c.details.map((d) => d.trim()) } : {}),
        })),
      })),
    },
    null,
    2,
  )}\n`;
}
