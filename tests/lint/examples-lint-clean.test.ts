// No false positives on good templates: every example design (golden fixtures, valid fixture designs, the default
// design for each integration type, examples/**/*.design.json when present) lints without an error or a warning,
// and its samples' rendered bodies parse as their content types.
import { describe, expect, it } from 'vitest';
import { lintDesign, simulate } from '../../src/engine/index.ts';
import { exampleDesigns } from '../formats/helpers/example-designs.ts';

// The default AWS design is a Lambda custom integration with only a default response: a starting point that API006
// rightly flags (a function error would come back as 200), so new users see the warning.
const EXPECTED: Record<string, string[]> = { 'default AWS': ['API006'] };
// The HTTP golden export design is an escaping stress test for the exporters (quotes of every kind, a single-quoted
// "JSON" string on purpose), not a good template: the lints rightly flag it.
const STRESS_TESTS = new Set(['tests/fixtures/formats/designs/http.design.json']);

describe('example designs lint clean', () => {
  it.each(exampleDesigns().filter(([name]) => !STRESS_TESTS.has(name)))('%s', async (name, design) => {
    const expected = EXPECTED[name] ?? [];
    expect(lintDesign(design).map((f) => f.code)).toEqual(expect.arrayContaining(expected));
    const findings = lintDesign(design).filter((f) => f.severity !== 'info' && !expected.includes(f.code));
    expect(findings.map((f) => `${f.location}:${f.line}:${f.column} ${f.code} ${f.message}`)).toEqual([]);
    for (const sample of design.samples) {
      const trace = await simulate(design, sample, { deterministic: true });
      expect(trace.outputProblems ?? []).toEqual([]);
    }
  });
});
