// Checks any value against one of the schemas: the depth first (no recursion), then the types (zod), then unknown
// fields. Errors and warnings are problems (`path: message`), never exceptions and never zod's own wording.
import type { z } from './zod.ts';
import type { Problem } from '../types.ts';
import { depthProblem } from './depth.ts';
import { type AnySchema, formatPath } from './schema-walk.ts';
import { unknownFieldWarnings } from './unknown-fields.ts';
import { expectedName, kindOfValue } from './value-kind.ts';

export interface SchemaCheck {
  /** Wrong types (and a value nested too deeply): the value cannot be used. */
  errors: Problem[];
  /** Unknown fields (kept), each with the nearest known field. */
  warnings: Problem[];
}

/** At most this many type errors are reported: a value that is wrong everywhere says so in a readable list. */
const MAX_ERRORS = 20;

export function checkValue(schema: AnySchema, value: unknown, maxDepth: number, root = ''): SchemaCheck {
  const tooDeep = depthProblem(value, maxDepth);
  if (tooDeep) return { errors: [{ path: root, message: tooDeep, severity: 'error' }], warnings: [] };
  const parsed = schema.safeParse(value, { reportInput: true });
  const prefix = (path: string) => (root && path ? `${root}${path.startsWith('[') ? '' : '.'}${path}` : root || path);
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, MAX_ERRORS).map(
      (issue): Problem => ({
        path: prefix(formatPath(schema, issue.path)),
        message: messageOf(issue),
        severity: 'error',
      }),
    );
    return { errors, warnings: [] };
  }
  const warnings = unknownFieldWarnings(schema, value).map((w) => ({ ...w, path: prefix(w.path) }));
  return { errors: [], warnings };
}

function messageOf(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union': {
      // The schemas name what they expect in their `error` option ("an array of media types"); else zod's type name.
      const expected = issue.message.startsWith('Invalid input')
        ? expectedName((issue as { expected?: string }).expected ?? 'value')
        : issue.message;
      return input === undefined ? `missing: expected ${expected}` : `expected ${expected}, got ${kindOfValue(input)}`;
    }
    default:
      return issue.message;
  }
}
