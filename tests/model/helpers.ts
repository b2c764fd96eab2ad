// Shared by the model tests: designs that differ from the (valid) default design in one place, and assertions on
// the problems validateDesign reports for them.
import { expect } from 'vitest';
import { defaultDesign, validateDesign } from '../../src/model/index.ts';
import type { Design, Integration, Problem } from '../../src/model/index.ts';

/** The default design with some integration fields replaced (`undefined` removes a field). */
export function withIntegration(patch: Record<string, unknown>, design: Design = defaultDesign()): Design {
  const integration = { ...design.integration, ...patch } as Integration;
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete integration[k];
  return { ...design, integration };
}

/** The default design with top-level parts replaced. */
export function withDesign(patch: Record<string, unknown>, design: Design = defaultDesign()): Design {
  return { ...design, ...patch } as Design;
}

/** One case of a rule table: a design, and the problem expected at a path (or none there when `message` is null). */
export interface RuleCase {
  name: string;
  design: Design;
  path: string;
  /** A part of the expected message, or null for "no problem at this path". */
  message: string | null;
  severity?: Problem['severity'];
}

export function checkRuleCase({ design, path, message, severity }: RuleCase): void {
  const problems = validateDesign(design);
  const atPath = problems.filter((p) => p.path === path);
  if (message === null) {
    expect(atPath).toEqual([]);
    return;
  }
  const match = atPath.find((p) => p.message.includes(message));
  expect(
    match,
    `expected "${path}: …${message}…" among:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
  ).toBeDefined();
  if (severity) expect(match!.severity).toBe(severity);
}
