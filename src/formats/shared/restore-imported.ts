// The one door from untrusted data (imports, share links) into a Design: the model's restore step, which upgrades
// older formats, fills defaults and throws DesignFormatError (`path: message`) for what it cannot accept.
import { restoreDesign, DesignFormatError } from '../../model/restore.ts';
import type { Design } from '../../model/types.ts';
import { findUnsafeKey } from './structured-text.ts';

export type Restored = { ok: true; design: Design; notes: string[] } | { ok: false; error: string };

export function restoreImported(candidate: unknown): Restored {
  const unsafe = findUnsafeKey(candidate);
  if (unsafe) return { ok: false, error: `${unsafe}: the key is not allowed (it could alter JavaScript objects)` };
  try {
    const { design, notes } = restoreDesign(candidate);
    return { ok: true, design, notes: notes.map(String) };
  } catch (e) {
    if (e instanceof DesignFormatError) return { ok: false, error: e.message };
    return { ok: false, error: `the design could not be read: ${(e as Error).message}` };
  }
}
