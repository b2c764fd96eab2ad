// How a place in the design document is written in problems and errors: `integration.timeoutInMillis`,
// `integration.requestParameters["integration.request.path.id"]`, `samples[2].headers`. Map keys are always quoted in
// brackets because most of them (mapping expressions, media types) contain dots or slashes.
import type { Problem } from './types.ts';

/** `base["key"]`: a member of a map whose keys are data (parameters, media types, status codes). */
export function keyPath(base: string, key: string): string {
  return `${base}[${JSON.stringify(key)}]`;
}

/** `base[3]`: an element of an array. */
export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** The one-line form every consumer prints: `path: message` (just the message for the document as a whole). */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
