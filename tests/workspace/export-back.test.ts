// Export back: the workspace's edits written into the file it was opened from (writeBackApi), everything else as it
// was — an edited template changes only its own lines; an API setting edited in one method (binary media types)
// is written once, for the API; what cannot be written back is refused with the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/model/types.ts';
import { exportBack } from '../../src/workspace/export-back.ts';
import { openApiWorkspace } from '../../src/workspace/open-api-workspace.ts';
import type { Workspace } from '../../src/workspace/types.ts';
import { designOf, withDesign } from '../../src/workspace/workspace-methods.ts';

function open(path: string): Workspace {
  const opened = openApiWorkspace(path.split('/').pop()!, readFileSync(path, 'utf8'));
  if (!opened.ok) throw new Error(opened.error);
  return opened.workspace;
}

function edit(workspace: Workspace, key: string, change: (d: Design) => Design): Workspace {
  return withDesign(workspace, key, change(designOf(workspace, key)!));
}

/** Lines of `after` that are not at the same place in `before` (the files keep their line count here). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  return after.split('\n').filter((line, i) => a[i] !== line);
}

describe('Export back', () => {
  it('an untouched workspace gives the file back byte for byte (samples and mock backends are not the API’s)', () => {
    const workspace = open('e2e/fixtures/pets-api.yaml');
    const result = exportBack(workspace);
    expect(result).toMatchObject({ ok: true, changed: false, text: workspace.source.text, fileName: 'pets-api.yaml' });
  });

  it('an edited response template changes that template’s line only', () => {
    const workspace = edit(open('e2e/fixtures/pets-api.yaml'), 'GET /pets', (d) => ({
      ...d,
      integration: {
        ...d.integration,
        integrationResponses: {
          ...d.integration.integrationResponses,
          '200': {
            ...d.integration.integrationResponses!['200']!,
            responseTemplates: { 'application/json': '[{"id": 2, "name": "Fido"}]' },
          },
        },
      },
    }));
    const result = exportBack(workspace);
    if (!result.ok) throw new Error(result.error);
    const changed = changedLines(workspace.source.text, result.text);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^ {14}application\/json: .*Fido/);
  });

  it('binary media types edited in one method are written once, for the API', () => {
    const workspace = edit(open('e2e/fixtures/pets-api.yaml'), 'DELETE /pets/{petId}', (d) => ({
      ...d,
      api: { ...d.api, binaryMediaTypes: ['image/jpeg'] },
    }));
    const result = exportBack(workspace);
    if (!result.ok) throw new Error(result.error);
    expect(changedLines(workspace.source.text, result.text)).toEqual(['  - image/jpeg']);
  });

  it('refuses an edit of a method SAM generates, saying where it comes from', () => {
    const workspace = open('examples/sam-pets/template.yaml');
    const generated = workspace.methods.find((m) => m.design.integration.type === 'AWS_PROXY')!;
    const result = exportBack(
      edit(workspace, generated.key, (d) => ({ ...d, integration: { ...d.integration, timeoutInMillis: 5000 } })),
    );
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^template\.yaml: .*SAM generates this method/) });
  });

  it('a workspace without its source file has nothing to write back into', () => {
    const workspace = { ...open('e2e/fixtures/pets-api.yaml') };
    workspace.source = { ...workspace.source, text: '' };
    expect(exportBack(workspace)).toEqual({ ok: false, error: expect.stringContaining('no file to write back into') });
  });
});
