// What the recovery screen says when the designer could not show a design: what was wrong, as `path: message`
// lines from the design document's schema when it finds any, else the error's own first line. Never a stack trace,
// never more than a few lines (a message must not echo a whole design).
import { formatProblem } from '../../model/paths.ts';
import { checkDesign } from '../../model/schema/index.ts';

const MAX_LINES = 8;
const MAX_LINE_LENGTH = 300;

function oneLine(text: string): string {
  const first = text.split('\n')[0]!.trim();
  return first.length > MAX_LINE_LENGTH ? `${first.slice(0, MAX_LINE_LENGTH)}…` : first;
}

export function crashReport(design: unknown, error: unknown): string[] {
  let problems: string[] = [];
  try {
    problems = checkDesign(design).errors.map(formatProblem);
  } catch {
    problems = []; // the check itself must never be what fails here
  }
  if (problems.length > 0) return problems.slice(0, MAX_LINES).map(oneLine);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return [message ? oneLine(message) : 'an unexpected error occurred while showing the design'];
}
