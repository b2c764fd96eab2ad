// The editor of one mapping template (Velocity in Monaco), with the engine's diagnostics as markers and as a list
// under it; TemplateEditor binds it to one request template.
import { useCallback, useMemo } from 'react';
import type { CompletionContext } from './velocity-language/completions.ts';
import { setEntry, withIntegration } from '../../store/design-edits.ts';
import { useActions, useDesigner, useDesignerStoreApi } from '../../store/hooks.tsx';
import { selectedSampleIndex } from '../../store/samples-slice.ts';
import { CodeEditor } from '../shared/code-editor.tsx';
import type { Diagnostic } from '../../engine/index.ts';

const NONE: Diagnostic[] = [];

export function TemplateEditor({ contentType }: { contentType: string }) {
  const template = useDesigner((s) => s.design.integration.requestTemplates?.[contentType] ?? '');
  const diagnostics = useDesigner((s) => s.preview.run?.templateDiagnostics[contentType] ?? NONE);
  const { editDesign } = useActions();
  const store = useDesignerStoreApi();
  const completionContext = useCallback(() => {
    const s = store.getState();
    const index = selectedSampleIndex(s);
    return {
      sampleBody: index >= 0 ? (s.design.samples[index]?.body ?? null) : null,
      stageVariables: Object.keys(s.design.api.stageVariables ?? {}),
    };
  }, [store]);
  const onChange = useCallback(
    (text: string) =>
      editDesign(
        (d) => withIntegration(d, { requestTemplates: setEntry(d.integration.requestTemplates, contentType, text) }),
        `template:${contentType}`,
      ),
    [editDesign, contentType],
  );
  const modelPath = useMemo(() => `file:///templates/${encodeURIComponent(contentType)}.vtl`, [contentType]);
  return (
    <VelocityTemplateEditor
      label={`Template for ${contentType}`}
      errorsLabel={`Problems in the ${contentType} template`}
      value={template}
      onChange={onChange}
      modelPath={modelPath}
      diagnostics={diagnostics}
      completionContext={completionContext}
    />
  );
}

export function VelocityTemplateEditor({
  label,
  errorsLabel,
  value,
  onChange,
  modelPath,
  diagnostics,
  completionContext,
  height = 'clamp(12rem, 38vh, 28rem)',
}: {
  label: string;
  errorsLabel: string;
  value: string;
  onChange: (text: string) => void;
  modelPath: string;
  diagnostics: readonly Diagnostic[];
  completionContext?: () => CompletionContext;
  height?: string;
}) {
  const listId = `template-diagnostics-${modelPath.replace(/[^A-Za-z0-9]+/g, '-')}`;
  return (
    <>
      <CodeEditor
        language="velocity"
        label={label}
        value={value}
        onChange={onChange}
        modelPath={modelPath}
        diagnostics={diagnostics}
        completionContext={completionContext}
        height={height}
        describedBy={diagnostics.length ? listId : undefined}
      />
      {diagnostics.length ? (
        <ul className="diagnostics" id={listId} aria-label={errorsLabel}>
          {diagnostics.map((d) => (
            <li key={`${d.line}:${d.column}:${d.code}:${d.message}`}>
              Line {d.line}, column {d.column}: {d.code.startsWith('VTL') ? `${d.severity} ${d.code}: ` : ''}
              {d.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
