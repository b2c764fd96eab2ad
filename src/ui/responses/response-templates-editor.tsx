// An integration response's responseTemplates: one Velocity editor per content type, in tabs, with add / rename /
// delete — the same components as the request templates (src/ui/templates), bound to this response. $input is the
// backend's response body, so completions offer the fields of the last run's backend body.
import { useCallback, useMemo, useState } from 'react';
import { keyPath } from '../../model/paths.ts';
import { renameEntry, setEntry } from '../../store/design-edits.ts';
import { useActions, useDesigner, useDesignerStoreApi } from '../../store/hooks.tsx';
import { ModalDialog } from '../export/modal-dialog.tsx';
import { FieldProblems } from '../shared/field.tsx';
import { useProblemsAt } from '../shared/use-problems.ts';
import { VelocityTemplateEditor } from '../templates/template-editor.tsx';
import { TemplateKeyForms, TemplateKeyToolbar, type TemplateKeyMode } from '../templates/template-key-actions.tsx';
import { tabId, TemplateTabs } from '../templates/template-tabs.tsx';
import type { Diagnostic } from '../../engine/index.ts';
import { editIntegrationResponse } from './response-edits.ts';

const NONE: Diagnostic[] = [];

export function ResponseTemplatesEditor({ responseKey }: { responseKey: string }) {
  const keys = useDesigner((s) =>
    Object.keys(s.design.integration.integrationResponses?.[responseKey]?.responseTemplates ?? {}),
  );
  const { editDesign } = useActions();
  const [chosen, setChosen] = useState<string | null>(null);
  const [mode, setMode] = useState<TemplateKeyMode>({ kind: 'view' });
  const selected = chosen !== null && keys.includes(chosen) ? chosen : (keys[0] ?? null);
  const path = `${keyPath('integration.integrationResponses', responseKey)}.responseTemplates`;
  const problems = useProblemsAt(path, true);
  const idPrefix = `response-${responseKey.replace(/[^A-Za-z0-9]+/g, '-')}-template-tab`;
  const panelId = `${idPrefix}-panel`;
  const editTemplates = (recipe: (t: Record<string, string>) => Record<string, string>) =>
    editDesign((d) =>
      editIntegrationResponse(d, responseKey, {
        responseTemplates: recipe(d.integration.integrationResponses?.[responseKey]?.responseTemplates ?? {}),
      }),
    );

  return (
    <div className="response-templates">
      <div className="panel-heading">
        <h4>Response templates</h4>
        <TemplateKeyToolbar
          selected={selected}
          onMode={setMode}
          addLabel="Add response template"
          deleteLabel="Delete response template"
          onDelete={(key) => {
            editTemplates((t) => setEntry(t, key, undefined));
            setChosen(null);
          }}
        />
      </div>
      <TemplateKeyForms
        mode={mode}
        keys={keys}
        newLabel="Content type of the new response template"
        // Most backends answer JSON: the common case is one click (Add), any other type is typed over it.
        newInitial="application/json"
        onDone={() => setMode({ kind: 'view' })}
        onAdd={(key) => {
          editTemplates((t) => setEntry(t, key, ''));
          setChosen(key);
        }}
        onRename={(from, to) => {
          editTemplates((t) => renameEntry(t, from, to));
          setChosen(to);
        }}
      />
      <FieldProblems messages={problems} />
      {keys.length === 0 ? (
        <p className="empty">No response templates: the backend's body passes through.</p>
      ) : (
        <>
          <TemplateTabs
            keys={keys}
            selected={selected}
            onSelect={setChosen}
            label={`Response templates of ${responseKey} by content type`}
            idPrefix={idPrefix}
            panelId={panelId}
          />
          {selected ? (
            <div role="tabpanel" id={panelId} aria-labelledby={tabId(selected, idPrefix)} className="tab-panel">
              <ExpandableTemplateEditor responseKey={responseKey} contentType={selected} />
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}

/**
 * The response template in the card (a narrow column), with "Expand editor": the same template in a dialog as wide
 * as the window, for templates longer than a few lines. One editor at a time, so Monaco's model is never shared.
 */
function ExpandableTemplateEditor({ responseKey, contentType }: { responseKey: string; contentType: string }) {
  const [expanded, setExpanded] = useState(false);
  const title = `Response template ${responseKey} for ${contentType}`;
  return (
    <>
      <div className="toolbar editor-toolbar">
        <button type="button" onClick={() => setExpanded(true)} aria-haspopup="dialog">
          Expand editor
        </button>
      </div>
      {expanded ? (
        <>
          <p className="note">Editing in the expanded editor.</p>
          <ModalDialog title={title} onClose={() => setExpanded(false)} className="template-dialog">
            <ResponseTemplateEditor responseKey={responseKey} contentType={contentType} height="min(70vh, 48rem)" />
          </ModalDialog>
        </>
      ) : (
        <ResponseTemplateEditor responseKey={responseKey} contentType={contentType} />
      )}
    </>
  );
}

function ResponseTemplateEditor({
  responseKey,
  contentType,
  height = 'clamp(10rem, 30vh, 20rem)',
}: {
  responseKey: string;
  contentType: string;
  height?: string;
}) {
  const template = useDesigner(
    (s) => s.design.integration.integrationResponses?.[responseKey]?.responseTemplates?.[contentType] ?? '',
  );
  const diagnostics = useDesigner(
    (s) => s.preview.run?.responseTemplateDiagnostics[responseKey]?.[contentType] ?? NONE,
  );
  const { editDesign } = useActions();
  const store = useDesignerStoreApi();
  const completionContext = useCallback(() => {
    const s = store.getState();
    return {
      sampleBody: s.preview.run?.trace?.backend?.body ?? null,
      stageVariables: Object.keys(s.design.api.stageVariables ?? {}),
    };
  }, [store]);
  const onChange = useCallback(
    (text: string) =>
      editDesign(
        (d) =>
          editIntegrationResponse(d, responseKey, {
            responseTemplates: setEntry(
              d.integration.integrationResponses?.[responseKey]?.responseTemplates,
              contentType,
              text,
            ),
          }),
        `response-template:${responseKey}:${contentType}`,
      ),
    [editDesign, responseKey, contentType],
  );
  const modelPath = useMemo(
    () => `file:///responses/${encodeURIComponent(responseKey)}/${encodeURIComponent(contentType)}.vtl`,
    [responseKey, contentType],
  );
  return (
    <VelocityTemplateEditor
      label={`Response template ${responseKey} for ${contentType}`}
      errorsLabel={`Problems in the ${responseKey} ${contentType} response template`}
      value={template}
      onChange={onChange}
      modelPath={modelPath}
      diagnostics={diagnostics}
      completionContext={completionContext}
      height={height}
    />
  );
}
