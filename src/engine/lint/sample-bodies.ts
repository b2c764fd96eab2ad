// A sample whose body is marked base64 (`isBase64Encoded: true`) must hold base64: otherwise API Gateway cannot
// decode the payload, and the preview would show bytes that were never sent. The rule is the engine's own decoder
// (strict RFC 4648 base64, line breaks tolerated), so the sample editor and the engine can never disagree.
import { indexPath } from '../../model/paths.ts';
import type { Design, Problem } from '../../model/types.ts';
import { base64ToBytes } from '../request/payload-bytes.ts';

/** Why a base64 body is not base64 (null when it is). */
export function base64BodyProblem(body: string): string | null {
  if (base64ToBytes(body) !== null) return null;
  const compact = body.replace(/\r?\n/g, '');
  const bad = /[^A-Za-z0-9+/=]/.exec(compact);
  if (bad) {
    const character = bad[0] === ' ' ? 'a space' : JSON.stringify(bad[0]);
    return `marked base64 but is not base64: ${character} at position ${bad.index + 1} (base64 uses A-Z, a-z, 0-9, + and /)`;
  }
  return `marked base64 but is not base64: its length (${compact.length}) is not a multiple of 4, or "=" padding is misplaced`;
}

/** Every sample whose body is marked base64 but is not, on that body. */
export function sampleBodyProblems(design: Design): Problem[] {
  const out: Problem[] = [];
  if (!Array.isArray(design.samples)) return out;
  design.samples.forEach((sample, i) => {
    if (typeof sample !== 'object' || sample === null) return;
    if (sample.isBase64Encoded !== true || typeof sample.body !== 'string') return;
    const problem = base64BodyProblem(sample.body);
    if (problem) out.push({ path: `${indexPath('samples', i)}.body`, message: problem, severity: 'error' });
  });
  return out;
}
