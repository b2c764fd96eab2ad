// The one door from untrusted data (imports, share links) into a Design: the model's restore step, which upgrades
// older formats, fills defaults and throws DesignFormatError (`path: message`) for what it cannot accept.
import { restoreDesign, DesignFormatError } from '../../model/restore.ts';
import type { Design, Problem } from '../../model/types.ts';
import { depthProblem, MAX_DESIGN_DEPTH } from '../../model/schema/depth.ts';
import { findUnsafeKey } from '../../model/unsafe-keys.ts';

export type Restored =
  | { ok: true; design: Design; notes: string[]; warnings: Problem[] }
  | { ok: false; error: string };

export function restoreImported(candidate: unknown): Restored {
  const tooDeep = depthProblem(candidate, MAX_DESIGN_DEPTH);
  if (tooDeep) return { ok: false, error: tooDeep };
  const unsafe = findUnsafeKey(candidate);
  if (unsafe) return { ok: false, error: `${unsafe}: the key is not allowed (it could alter JavaScript objects)` };
  try {
    const { design, notes, warnings } = restoreDesign(candidate);
    return { ok: true, design, notes: notes.map(String), warnings };
  } catch (e) {
    if (e instanceof DesignFormatError) return { ok: false, error: e.message };
    return { ok: false, error: `the design could not be read: ${(e as Error).message}` };
  }
}
