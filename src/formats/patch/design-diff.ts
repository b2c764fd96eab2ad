// Field-by-field differences between two designs, on what API Gateway stores for the method (stored-method.ts):
// the method's request parameters, its method responses, the integration and its integration responses.
import type { Design } from '../../model/types.ts';
import { isPlainObject } from '../shared/values.ts';
import { storedMethod } from './stored-method.ts';
import type { StoredMethod } from './stored-method.ts';
import type { FieldChange } from './types.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `path.key`, or `path["application/json"]` for a key that is not an identifier. */
export const child = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

function walk(path: string, before: unknown, after: unknown, out: FieldChange[]): void {
  if (same(before, after)) return;
  if (before === undefined) out.push({ path, kind: 'added', after });
  else if (after === undefined) out.push({ path, kind: 'removed', before });
  else if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(child(path, key), before[key], after[key], out);
  } else out.push({ path, kind: 'changed', before, after });
}

/** Every changed field, sorted by path within each part (method, method responses, integration, its responses). */
export function diffDesigns(before: Design, after: Design): FieldChange[] {
  return diffStoredMethods(storedMethod(before), storedMethod(after), [
    before.method.resourcePath,
    after.method.resourcePath,
  ]);
}

/** diffDesigns on the stored shapes (the resource path is the design's: API Gateway keeps it on the resource). */
export function diffStoredMethods(
  a: StoredMethod,
  b: StoredMethod,
  [pathBefore, pathAfter]: readonly [string, string],
): FieldChange[] {
  const out: FieldChange[] = [];
  if (a.httpMethod !== b.httpMethod)
    out.push({ path: 'method.httpMethod', kind: 'changed', before: a.httpMethod, after: b.httpMethod });
  if (pathBefore !== pathAfter)
    out.push({ path: 'method.resourcePath', kind: 'changed', before: pathBefore, after: pathAfter });
  walk('method.requestParameters', a.requestParameters, b.requestParameters, out);
  walk('methodResponses', a.methodResponses, b.methodResponses, out);
  walk('integration', a.integration, b.integration, out);
  walk('integration.integrationResponses', a.integrationResponses, b.integrationResponses, out);
  return out;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One line a change: `~ integration.uri: "a" -> "b"`, `+ path: value`, `- path: value`. */
export function summarizeChanges(changes: readonly FieldChange[]): string {
  if (changes.length === 0) return 'No changes to what API Gateway stores for the method.\n';
  const lines = changes.map((c) =>
    c.kind === 'added'
      ? `+ ${c.path}: ${shown(c.after)}`
      : c.kind === 'removed'
        ? `- ${c.path}: ${shown(c.before)}`
        : `~ ${c.path}: ${shown(c.before)} -> ${shown(c.after)}`,
  );
  return `${lines.join('\n')}\n`;
}
