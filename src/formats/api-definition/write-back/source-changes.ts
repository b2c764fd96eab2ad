// A view change (method-views.ts) -> the change to make in the file: the key path from the file's root, with the
// items of keyed arrays found by their key, and a field that an intrinsic function computes (`!Sub`, `Fn::If`, ...)
// replaced by its literal value, with a note saying so: what the user typed is what gets deployed.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
import { asIntrinsic } from '../../shared/cfn-intrinsics.ts';
import { applyChange, childAt } from '../../shared/key-paths.ts';
import { isPlainObject } from '../../shared/values.ts';
import type { KeyPath, SourceChange } from '../../shared/key-paths.ts';
import { KEYED_ARRAYS, type ViewChange, type ViewKind } from './method-views.ts';

export interface ChangeContext {
  kind: ViewKind;
  /** The file's parsed value (intrinsic functions in long form). */
  root: unknown;
  /** Where the method is in the file. */
  base: KeyPath;
  /** Resolves intrinsic functions; undefined where the file has none (a plain OpenAPI document). */
  resolve?: (value: unknown) => unknown;
  /** The method's key, for notes. */
  label: string;
}

export function sourceChange(change: ViewChange, ctx: ChangeContext, notes: string[]): SourceChange | null {
  const path: KeyPath = [...ctx.base];
  let current: unknown = childAt(ctx.root, ctx.base);
  let literalAt: number | undefined; // path length where an intrinsic function is replaced by its literal
  let literal: unknown;
  const viewPath = change.path;
  for (let i = 0; i < viewPath.length; i++) {
    if (ctx.resolve && literalAt === undefined && asIntrinsic(current)) {
      literalAt = path.length;
      literal = structuredClone(ctx.resolve(current));
      current = literal;
    }
    const segment = viewPath[i]!;
    const keyed = KEYED_ARRAYS[ctx.kind].find((k) => sameKeys(k.at, viewPath.slice(0, i)));
    if (keyed && Array.isArray(current)) {
      const items = current as unknown[];
      const index = items.findIndex((item) => keyed.keyOf(resolved(item, ctx)) === segment);
      if (index < 0) {
        if (change.remove) return null;
        path.push(-1); // a new item: appended (-1, as jsonc-parser spells it)
        return finish({ path, value: change.value }, literalAt, literal, ctx, notes);
      }
      path.push(index);
      current = items[index];
    } else {
      path.push(segment);
      current = isPlainObject(current) ? current[segment] : undefined;
    }
  }
  if (change.remove && current === undefined) return null;
  const keyed = KEYED_ARRAYS[ctx.kind].find((k) => sameKeys(k.at, viewPath));
  const value = keyed && isPlainObject(change.value) ? Object.values(change.value) : change.value;
  if (ctx.resolve && literalAt === undefined && !change.remove && asIntrinsic(current)) {
    notes.push(
      `${ctx.label}: ${path.join('.')} was computed by ${intrinsicName(current)}; written as the literal value`,
    );
  }
  return finish(change.remove ? { path, remove: true } : { path, value }, literalAt, literal, ctx, notes);
}

function finish(
  change: SourceChange,
  literalAt: number | undefined,
  literal: unknown,
  ctx: ChangeContext,
  notes: string[],
): SourceChange {
  if (literalAt === undefined) return change;
  const at = change.path.slice(0, literalAt);
  const computed = childAt(ctx.root, at);
  notes.push(`${ctx.label}: ${at.join('.')} was computed by ${intrinsicName(computed)}; written as the literal value`);
  return { path: at, value: applyChange(literal, { ...change, path: change.path.slice(literalAt) }) };
}

function resolved(item: unknown, ctx: ChangeContext): unknown {
  return ctx.resolve && isPlainObject(item) ? ctx.resolve(item) : item;
}

function intrinsicName(value: unknown): string {
  const intrinsic = asIntrinsic(value);
  return intrinsic ? (intrinsic.name === 'Ref' ? 'Ref' : `Fn::${intrinsic.name}`) : 'an intrinsic function';
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
