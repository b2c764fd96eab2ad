// What a decoded link must be before it becomes a design: no keys that could alter JavaScript objects, names that are
// plain one-line text, and a design the model's restore step accepts. Names are shown as text by the UI, never as
// HTML, so markup in a name is harmless and kept as it is; line breaks and bidirectional-override characters
// (which can make a name read as something else) are refused.
import type { Design } from '../model/types.ts';
import { restoreImported } from '../formats/shared/restore-imported.ts';
import { findUnsafeKey } from '../model/unsafe-keys.ts';
import { depthProblem, MAX_DESIGN_DEPTH } from '../model/schema/depth.ts';

type Checked = { ok: true; design: Design; notes: string[] } | { ok: false; error: string };

const SPOOFING_CHARACTERS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u; // \p{Cc}: U+0000-001F, U+007F-009F

function nameProblem(value: unknown, path: string): string | null {
  if (typeof value === 'string' && SPOOFING_CHARACTERS.test(value)) {
    return `${path}: contains control or text-direction characters`;
  }
  return null;
}

export function checkLinkDesign(value: unknown): Checked {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'This link does not hold a design document.' };
  }
  // Before anything walks it: a link of 1.5 KB can hold JSON nested 100,000 levels deep.
  const tooDeep = depthProblem(value, MAX_DESIGN_DEPTH);
  if (tooDeep) return { ok: false, error: `This link was refused: the design in it is ${tooDeep}.` };
  const unsafe = findUnsafeKey(value);
  if (unsafe)
    return { ok: false, error: `This link was refused: it contains the key "${unsafe}", which designs never have.` };
  const record = value as Record<string, unknown>;
  const problems = [nameProblem(record.name, 'name')];
  if (Array.isArray(record.samples)) {
    for (const [i, s] of record.samples.entries()) {
      problems.push(nameProblem((s as Record<string, unknown> | null)?.name, `samples[${i}].name`));
    }
  }
  const problem = problems.find(Boolean);
  if (problem) return { ok: false, error: `This link was refused: ${problem}.` };
  const restored = restoreImported(value);
  if (!restored.ok) return { ok: false, error: `This link does not hold a valid design: ${restored.error}` };
  return restored;
}
