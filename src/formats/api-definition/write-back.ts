// writeBackApi: the edited designs of some methods written back INTO the API definition they were read from
// (readApiDesigns), changing only what the user changed — a template edit changes that template's lines; other
// resources, comments (YAML), key order, indentation, quoting and intrinsic functions in untouched fields stay as
// they were. How: the method's part of the file as the exporter writes the design read, against as it writes the
// edited design (write-back/method-views.ts); each difference is made in the file's text in place
// (shared/yaml-text-edit.ts, shared/json-text-edit.ts). Adding, removing or renaming methods is not written back.
import type { Design } from '../../model/types.ts';
import { serializeDesign } from '../../model/serialize.ts';
import { intrinsicContext, resolveIntrinsics } from '../cloudformation/resolve-intrinsics.ts';
import { editJsonText } from '../shared/json-text-edit.ts';
import { applyChange, type SourceChange } from '../shared/key-paths.ts';
import { parseStructuredText } from '../shared/structured-text.ts';
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import { editYamlText } from '../shared/yaml-text-edit.ts';
import { methodKey, readApiDesigns } from './read-api-designs.ts';
import type { ApiMethodDesign, ApiReadOptions, KeyPath } from './types.ts';
import { binaryMediaTypesChange } from './write-back/binary-media-types.ts';
import { diffViews, methodView, type ViewKind } from './write-back/method-views.ts';
import { type ChangeContext, sourceChange } from './write-back/source-changes.ts';

export type WriteBackOptions = ApiReadOptions;
export type WriteBackResult = { ok: true; text: string; notes: string[] } | { ok: false; error: string };

export function writeBackApi(
  originalText: string,
  edits: Map<string, Design>,
  options: WriteBackOptions = {},
): WriteBackResult {
  if (edits.size === 0) return { ok: true, text: originalText, notes: [] };
  let result: WriteBackResult;
  try {
    result = writeEdits(originalText, edits, options);
  } catch (e) {
    return { ok: false, error: `the file could not be edited in place: ${(e as Error).message}` };
  }
  // Never hand back text that would not read: the file on disk is the user's work.
  if (result.ok && result.text !== originalText) {
    const check = parseStructuredText(result.text);
    if (!check.ok)
      return { ok: false, error: `writing the changes would break the file (${check.error}); nothing written` };
  }
  return result;
}

function writeEdits(originalText: string, edits: Map<string, Design>, options: WriteBackOptions): WriteBackResult {
  const read = readApiDesigns(originalText, options);
  if (!read.ok) return read;
  const parsed = parseStructuredText(originalText);
  if (!parsed.ok) return parsed;
  const { api } = read;
  if (api.kind === 'design') return writeDesign(originalText, api.methods, edits);
  if (api.kind === 'aws-resources')
    return { ok: false, error: 'get-resources output is a read-only snapshot: export the changes with `diff` instead' };

  const edit = parsed.syntax === 'json' ? editJsonText : editYamlText;
  const resolve =
    api.kind === 'cloudformation' && isPlainObject(parsed.value)
      ? (() => {
          const ctx = intrinsicContext(parsed.value as PlainObject, options.parameters);
          return (value: unknown) => resolveIntrinsics(value, ctx);
        })()
      : undefined;
  let text = originalText;
  let root = parsed.value;
  const notes: string[] = [];
  const apply = (change: SourceChange | null) => {
    if (!change) return;
    text = edit(text, change.path, change.remove ? undefined : change.value);
    root = applyChange(root, change);
  };
  for (const [key, design] of edits) {
    const method = api.methods.get(key);
    const problem = refusal(key, design, method);
    if (problem) return { ok: false, error: problem };
    const kind = viewKind(method!);
    const changes = diffViews(
      methodView(kind ?? 'cloudformation-method', method!.design),
      methodView(kind ?? 'cloudformation-method', design),
    );
    const binary = binaryMediaTypesChange(method!, design, root, kind, notes);
    if (changes.length === 0 && !binary) continue;
    if (!kind || method!.source.file) {
      const where = method!.source.file ?? method!.source.path.join('.');
      return {
        ok: false,
        error: method!.source.file
          ? `${key}: declared in ${where}; open that file to write its changes`
          : `${key}: SAM generates this method from ${where}; declare it in the Api's DefinitionBody to change its integration`,
      };
    }
    for (const change of changes) {
      const ctx: ChangeContext = { kind, root, base: method!.source.path, resolve, label: key };
      apply(sourceChange(change, ctx, notes));
    }
    apply(binary);
  }
  return { ok: true, text, notes };
}

function refusal(key: string, design: Design, method: ApiMethodDesign | undefined): string | null {
  if (!method) return `${key}: no such method in the file (new methods are not written back; export them instead)`;
  const now = methodKey(design.method.httpMethod, design.method.resourcePath);
  if (now !== key) return `${key}: the method is now ${now}; a changed verb or path is not written back`;
  return null;
}

/** Where the method lives decides how the file spells it; a SAM function's Api event has no integration to edit. */
function viewKind(method: ApiMethodDesign): ViewKind | null {
  const path: KeyPath = method.source.path;
  if (path[path.length - 3] === 'paths') return 'openapi-operation';
  if (path.length === 3 && path[0] === 'Resources' && path[2] === 'Properties') return 'cloudformation-method';
  return null;
}

/** A design document opened as itself: the edited design is the file. */
function writeDesign(text: string, methods: Map<string, ApiMethodDesign>, edits: Map<string, Design>): WriteBackResult {
  const [key, design] = [...edits][0]!;
  if (edits.size > 1 || !methods.has(key)) return { ok: false, error: `${key}: a design document holds one method` };
  const written = serializeDesign(design);
  return { ok: true, text: written === serializeDesign(methods.get(key)!.design) ? text : written, notes: [] };
}
