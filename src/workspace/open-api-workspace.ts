// A whole API definition's text -> a Workspace: every method readApiDesigns finds (OpenAPI 3 / Swagger 2 with API
// Gateway's extensions, CloudFormation/SAM, get-resources output, a design document), each with a sample request
// and a mocked backend that fit it (the same ones a single-method import gets), the API-level settings kept once.
import { readApiDesigns } from '../formats/api-definition/read-api-designs.ts';
import { exampleBackend, exampleSample } from '../model/example-traffic.ts';
import type { ApiSettings, Design } from '../model/types.ts';
import { UNTESTED, WORKSPACE_FORMAT } from './types.ts';
import type { Workspace, WorkspaceMethod } from './types.ts';

export type OpenWorkspaceResult = { ok: true; workspace: Workspace; notes: string[] } | { ok: false; error: string };

/** The API-level settings the methods share: those the first method read (every method of one API has the same). */
function sharedApi(designs: Design[], notes: string[]): ApiSettings {
  const api = structuredClone(designs[0]?.api ?? {});
  const differs = designs.some((d) => JSON.stringify(d.api) !== JSON.stringify(designs[0]!.api));
  if (differs)
    notes.push(
      'The methods do not all have the same API settings (binary media types, stage variables); the first method’s are used for all of them.',
    );
  return api;
}

export function openApiWorkspace(fileName: string, text: string): OpenWorkspaceResult {
  const read = readApiDesigns(text);
  if (!read.ok) return { ok: false, error: `${fileName}: ${read.error}` };
  const { api, kind } = { api: read.api, kind: read.api.kind };
  const notes: string[] = [...api.problems].map(([key, problem]) => `${key} was left out: ${problem}`);
  if (api.methods.size === 0)
    return {
      ok: false,
      error: `${fileName}: no method with an integration was found${notes.length ? ` (${notes.join('; ')})` : ''}`,
    };
  const methods: WorkspaceMethod[] = [...api.methods.values()].map(({ key, design, source }) => {
    const withTraffic: Design = { ...design };
    if (withTraffic.samples.length === 0) withTraffic.samples = [exampleSample(design)];
    if (withTraffic.backend === undefined) {
      const backend = exampleBackend(design);
      if (backend) withTraffic.backend = backend;
    }
    return { key, design: withTraffic, source, status: UNTESTED };
  });
  const workspace: Workspace = {
    format: WORKSPACE_FORMAT,
    name: fileName,
    source: { fileName, kind, text },
    api: sharedApi(
      methods.map((m) => m.design),
      notes,
    ),
    methods,
    selected: methods[0]!.key,
  };
  return { ok: true, workspace, notes };
}
