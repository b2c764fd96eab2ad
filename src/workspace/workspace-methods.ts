// The workspace's rules as pure functions: the design the designer edits for a method (the method's own design with
// the API settings every method shares), an edit going back into the workspace, and the sidebar's search.
import type { Design } from '../model/types.ts';
import type { MethodTestStatus, Workspace, WorkspaceMethod } from './types.ts';

export function findMethod(workspace: Workspace, key: string): WorkspaceMethod | undefined {
  return workspace.methods.find((m) => m.key === key);
}

/** The design the designer opens for a method: its own, with the workspace's shared API settings. */
export function designOf(workspace: Workspace, key: string): Design | null {
  const method = findMethod(workspace, key);
  return method ? { ...method.design, api: workspace.api } : null;
}

/**
 * The workspace after the designer edited method `key`: its design replaced, and its API settings (binary media
 * types, stage variables) becoming every method's — they belong to the RestApi and its stage, not to one method.
 * The same workspace object when nothing changed.
 */
export function withDesign(workspace: Workspace, key: string, design: Design): Workspace {
  const index = workspace.methods.findIndex((m) => m.key === key);
  if (index < 0) return workspace;
  const method = workspace.methods[index]!;
  if (method.design === design && workspace.api === design.api) return workspace;
  const methods = [...workspace.methods];
  methods[index] = { ...method, design };
  return { ...workspace, api: design.api, methods };
}

export function withStatuses(workspace: Workspace, statuses: ReadonlyMap<string, MethodTestStatus>): Workspace {
  return {
    ...workspace,
    methods: workspace.methods.map((m) => (statuses.has(m.key) ? { ...m, status: statuses.get(m.key)! } : m)),
  };
}

/** Lower case, accents removed: "Café" is found by "cafe". */
function folded(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** What the sidebar's search matches: the verb and path, the integration type and the test status. */
export function methodSearchText(method: WorkspaceMethod): string {
  return folded([method.key, method.design.integration.type, method.status.state].join('\n'));
}

/** The methods where every word of `search` is in the verb, path, integration type or status, in workspace order. */
export function filterMethods(methods: readonly WorkspaceMethod[], search: string): WorkspaceMethod[] {
  const words = folded(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...methods];
  return methods.filter((m) => {
    const text = methodSearchText(m);
    return words.every((w) => text.includes(w));
  });
}
