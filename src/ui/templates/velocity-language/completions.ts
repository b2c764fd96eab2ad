// Completions for the template editor, computed from the text of the current line before the cursor.
// Pure: the Monaco adapter turns these items into CompletionItems (ranges, kinds).
import { CONTEXT_VARIABLES } from '../../../model/context-variables.ts';
import {
  contextDoc,
  DIRECTIVES,
  FOREACH_MEMBERS,
  INPUT_MEMBERS,
  ROOT_VARIABLES,
  STAGE_VARIABLES_DOC,
  UTIL_MEMBERS,
  type MemberDoc,
} from './catalog.ts';
import { READY_MADE_TEMPLATES, toSnippetText } from './ready-made-templates.ts';
import { jsonPathSegments, sampleFieldsAt } from './sample-fields.ts';

export type CompletionKind = 'method' | 'property' | 'variable' | 'keyword' | 'snippet' | 'field';

export interface VelocityCompletion {
  label: string;
  kind: CompletionKind;
  /** Monaco snippet syntax. */
  insertText: string;
  detail?: string;
  documentation?: string;
  /** Overrides the list's replaceLength for this item (a ready-made template also replaces the `#`). */
  replaceLength?: number;
  /** Text matched against what was typed, when it differs from the label. */
  filterText?: string;
}

export interface CompletionResult {
  items: VelocityCompletion[];
  /** How many characters before the cursor the completion replaces (the partly typed word). */
  replaceLength: number;
}

export interface CompletionContext {
  /** The selected sample's body, for `$input.path('$.` field completions. */
  sampleBody?: string | null;
  stageVariables?: readonly string[];
  /** The whole template, to offer the references it declares with #set and #foreach. */
  fullText?: string;
}

const member = (m: MemberDoc): VelocityCompletion => ({
  label: m.name,
  kind: m.kind,
  insertText: m.snippet ?? m.name,
  detail: m.signature,
  documentation: m.doc,
});

/** The next segment of each context variable below `prefix` (e.g. `identity` → `sourceIp`, `userAgent`, ...). */
function contextMembers(prefix: string): VelocityCompletion[] {
  const seen = new Map<string, VelocityCompletion>();
  const start = prefix ? `${prefix}.` : '';
  for (const v of CONTEXT_VARIABLES) {
    if (!v.startsWith(start)) continue;
    const segment = v.slice(start.length).split('.')[0]!;
    if (segment === '*' || seen.has(segment)) continue;
    const full = start + segment;
    const leaf = CONTEXT_VARIABLES.includes(full);
    seen.set(segment, {
      label: segment,
      kind: 'property',
      insertText: segment,
      detail: `$context.${full}${leaf ? '' : '.…'}`,
      documentation: leaf
        ? contextDoc(full)
        : `Members: ${CONTEXT_VARIABLES.filter((c) => c.startsWith(`${full}.`))
            .map((c) => c.slice(full.length + 1))
            .join(', ')}`,
    });
  }
  return [...seen.values()];
}

/** References the template declares: `#set($x = ...)`, `#foreach($item in ...)`, `#macro(name $arg)`. */
export function declaredReferences(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/#\{?(?:set|foreach)\}?\s*\(\s*\$!?\{?([A-Za-z_][\w-]*)/g)) names.add(m[1]!);
  for (const m of text.matchAll(/#\{?macro\}?\s*\([^)]*/g))
    for (const a of m[0].matchAll(/\$([A-Za-z_][\w-]*)/g)) names.add(a[1]!);
  return [...names];
}

export function velocityCompletions(linePrefix: string, context: CompletionContext = {}): CompletionResult | null {
  // Inside a JSONPath argument: `$input.path('$.pets[0].` → fields of the sample body at that place.
  const jsonPath = /\$!?\{?input\.(?:path|json)\(\s*["']((?:\$|\$(?:\.[\w$-]+|\[[^\]]*\])*))\.([\w$-]*)$/.exec(
    linePrefix,
  );
  if (jsonPath) {
    const segments = jsonPathSegments(jsonPath[1]!);
    if (!segments) return null;
    const items = sampleFieldsAt(context.sampleBody, segments).map<VelocityCompletion>((f) => ({
      label: f.name,
      kind: 'field',
      insertText: f.name,
      detail: `${f.type}  ${f.preview}`,
      documentation: 'A field of the selected sample request body.',
    }));
    return { items, replaceLength: jsonPath[2]!.length };
  }

  // After a dot: members of a known root.
  const dotted = /\$!?\{?(input|util|context|stageVariables|foreach)((?:\.[A-Za-z_]\w*)*)\.(\w*)$/.exec(linePrefix);
  if (dotted) {
    const [, root, middle, partial] = dotted as unknown as [string, string, string, string];
    const path = middle.slice(1);
    let items: VelocityCompletion[] = [];
    if (root === 'context') items = contextMembers(path);
    else if (path) items = [];
    else if (root === 'input') items = INPUT_MEMBERS.map(member);
    else if (root === 'util') items = UTIL_MEMBERS.map(member);
    else if (root === 'foreach') items = FOREACH_MEMBERS.map(member);
    else
      items = (context.stageVariables ?? []).map((name) => ({
        label: name,
        kind: 'property' as const,
        insertText: name,
        detail: `$stageVariables.${name}`,
        documentation: STAGE_VARIABLES_DOC,
      }));
    return { items, replaceLength: partial.length };
  }

  // A reference being started: `$`, `$in`, `${ut`, `$!con`.
  const root = /\$!?\{?([A-Za-z_][\w-]*)?$/.exec(linePrefix);
  if (root) {
    const declared = declaredReferences(context.fullText ?? '').map<VelocityCompletion>((name) => ({
      label: name,
      kind: 'variable',
      insertText: name,
      detail: `$${name}`,
      documentation: 'Declared in this template.',
    }));
    const known = ROOT_VARIABLES.map((m) => ({ ...member(m), kind: 'variable' as const }));
    const names = new Set(known.map((k) => k.label));
    return { items: [...known, ...declared.filter((d) => !names.has(d.label))], replaceLength: root[1]?.length ?? 0 };
  }

  // A directive being started: `#`, `#fo`. Ready-made templates are offered here too.
  const directive = /(?:^|[^\\#$\w])#\{?([A-Za-z]*)$/.exec(linePrefix);
  if (directive) {
    const items: VelocityCompletion[] = DIRECTIVES.map((d) => ({
      label: d.name,
      kind: 'keyword',
      insertText: d.snippet,
      detail: `#${d.name}`,
      documentation: d.doc,
    }));
    const typed = /#\{?[A-Za-z]*$/.exec(linePrefix)![0];
    for (const t of READY_MADE_TEMPLATES) {
      items.push({
        label: `template: ${t.label}`,
        kind: 'snippet',
        insertText: toSnippetText(t.body),
        detail: 'ready-made template',
        documentation: t.description,
        replaceLength: typed.length,
        filterText: `#${t.label}`,
      });
    }
    return { items, replaceLength: directive[1]!.length };
  }
  return null;
}
