// The one door into a Workspace from outside (browser storage, a workspace file, a hand-written document): the
// schema checks every field's type (each method's design with the design document's schema), then each design goes
// through the model's restore step. Anything that cannot be a workspace throws DesignFormatError saying what and where
// (`methods[2].design.integration.uri: expected a string, got a number`), never a half-restored workspace.
import { DesignFormatError, parseDocumentJson, restoreDesign } from '../model/index.ts';
import { checkWorkspace } from '../model/schema/index.ts';
import type { Problem } from '../model/types.ts';
import { UNTESTED, WORKSPACE_FORMAT } from './types.ts';
import type { ApiSourceKind, MethodTestStatus, Workspace, WorkspaceMethod } from './types.ts';

const KINDS: readonly ApiSourceKind[] = ['openapi', 'cloudformation', 'aws-resources', 'design'];

export interface RestoredWorkspace {
  workspace: Workspace;
  /** Unknown fields (kept), each naming the nearest known field. */
  warnings: Problem[];
}

/** True when a parsed value says it is a workspace document (so an import can tell it from an API definition). */
export function looksLikeWorkspace(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { format?: unknown }).format === 'string' &&
    (value as { format: string }).format.startsWith('integration-designer-workspace/')
  );
}

export function restoreWorkspace(input: unknown): RestoredWorkspace {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new DesignFormatError('', 'expected a workspace document (a JSON object)');
  const format = (input as { format?: unknown }).format;
  if (typeof format === 'string' && format !== WORKSPACE_FORMAT && looksLikeWorkspace(input))
    throw new DesignFormatError(
      'format',
      `"${format}" is not a workspace format this version reads (it reads ${WORKSPACE_FORMAT})`,
    );
  const checked = checkWorkspace(input);
  if (checked.errors.length > 0) throw DesignFormatError.of(checked.errors);
  const doc = input as Record<string, unknown> & { methods: Record<string, unknown>[] };
  if (doc.methods.length === 0) throw new DesignFormatError('methods', 'a workspace needs at least one method');
  const seen = new Set<string>();
  const warnings = [...checked.warnings];
  const methods = doc.methods.map((method, i): WorkspaceMethod => {
    const key = method.key as string;
    if (seen.has(key))
      throw new DesignFormatError(`methods[${i}].key`, `"${key}" is already the key of another method`);
    seen.add(key);
    const at = `methods[${i}].design`;
    let design: WorkspaceMethod['design'];
    try {
      const restored = restoreDesign(method.design);
      design = restored.design;
      for (const w of restored.warnings) warnings.push({ ...w, path: w.path ? `${at}.${w.path}` : at });
    } catch (e) {
      if (e instanceof DesignFormatError)
        throw new DesignFormatError(
          `${at}${e.path ? `.${e.path}` : ''}`,
          e.reason,
          undefined,
          e.problems.slice(1).map((p) => ({ ...p, path: p.path ? `${at}.${p.path}` : at })),
        );
      throw e;
    }
    return {
      ...method,
      key,
      design,
      ...(method.source ? { source: method.source as WorkspaceMethod['source'] } : {}),
      status: (method.status as MethodTestStatus | undefined) ?? UNTESTED,
    };
  });
  const source = (doc.source ?? { fileName: 'workspace.json', kind: 'design', text: '' }) as Workspace['source'];
  if (!KINDS.includes(source.kind))
    throw new DesignFormatError('source.kind', `expected one of ${KINDS.join(', ')}, got "${source.kind}"`);
  const selected = typeof doc.selected === 'string' && seen.has(doc.selected) ? doc.selected : methods[0]!.key;
  const workspace: Workspace = {
    ...doc,
    format: WORKSPACE_FORMAT,
    name: typeof doc.name === 'string' ? doc.name : source.fileName,
    source,
    api: (doc.api as Workspace['api'] | undefined) ?? {},
    methods,
    selected,
  };
  return { workspace, warnings };
}

/** A workspace file's text: JSON syntax errors say line and column; then restoreWorkspace. */
export function parseWorkspaceJson(text: string): RestoredWorkspace {
  return restoreWorkspace(parseDocumentJson(text));
}

/** The workspace as a file: 2-space JSON, the known fields first. */
export function serializeWorkspace(workspace: Workspace): string {
  const { format, name, source, api, selected, methods, ...rest } = workspace;
  return `${JSON.stringify({ format, name, source, api, selected, methods, ...rest }, null, 2)}\n`;
}
