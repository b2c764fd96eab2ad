// The editor of one request template, with the engine's diagnostics as markers and as a list under it.
import { useCallback, useMemo } from 'react';
import { setEntry, withIntegration } from '../../store/design-edits.ts';
import { useActions, useDesigner, useDesignerStoreApi } from '../../store/hooks.tsx';
import { selectedSampleIndex } from '../../store/samples-slice.ts';
import { CodeEditor } from '../shared/code-editor.tsx';
import type { TemplateDiagnostic } from '../../worker/protocol.ts';

const NONE: TemplateDiagnostic[] = [];

export function TemplateEditor({ contentType }: { contentType: string }) {
  const template = useDesigner((s) => s.design.integration.requestTemplates?.[contentType] ?? '');
  const diagnostics = useDesigner((s) => s.preview.templateDiagnostics[contentType] ?? NONE);
  const { editDesign } = useActions();
  const store = useDesignerStoreApi();
  const completionContext = useCallback(() => {
    const s = store.getState();
    const index = selectedSampleIndex(s);
    return { sampleBody: index >= 0 ? (s.design.samples[index]?.body ?? null) : null, stageVariables: Object.keys(s.design.api.stageVariables ?? {}) };
  }, [store]);
  const onChange = useCallback(
    (text: string) =>
      editDesign((d) => withIntegration(d, { requestTemplates: setEntry(d.integration.requestTemplates, contentType, text) }), `template:${contentType}`),
    [editDesign, contentType],
  );
  const listId = `template-diagnostics-${contentType.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const modelPath = useMemo(() => `file:///templates/${encodeURIComponent(contentType)}.vtl`, [contentType]);
  return (
    <>
      <CodeEditor
        language="velocity"
        label={`Template for ${contentType}`}
        value={template}
        onChange={onChange}
        modelPath={modelPath}
        diagnostics={diagnostics}
        completionContext={completionContext}
        height="clamp(12rem, 38vh, 28rem)"
        describedBy={diagnostics.length ? listId : undefined}
      />
      {diagnostics.length ? (
        <ul className="diagnostics" id={listId} aria-label={`Errors in the ${contentType} template`}>
          {diagnostics.map((d, i) => (
            <li key={i}>
              Line {d.line}, column {d.column}: {d.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
