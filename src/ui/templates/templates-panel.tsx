// Request templates: one editor per content type, in tabs; add, rename, delete, and insert a ready-made template.
import { useState } from 'react';
import { keyPath } from '../../model/paths.ts';
import { renameEntry, setEntry, withIntegration } from '../../store/design-edits.ts';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { fieldsFor } from '../forms/integration-fields.ts';
import { FieldProblems } from '../shared/field.tsx';
import { useProblemsAt } from '../shared/use-problems.ts';
import { TemplateEditor } from './template-editor.tsx';
import { TemplateKeyForms, TemplateKeyToolbar, type TemplateKeyMode } from './template-key-actions.tsx';
import { tabId, TemplateTabs, TEMPLATE_PANEL_ID } from './template-tabs.tsx';
import { READY_MADE_TEMPLATES } from './velocity-language/ready-made-templates.ts';

export function TemplatesPanel() {
  // Selected on its own: an array of keys is compared item by item, so typing in a template does not re-render this.
  const keys = useDesigner((s) => Object.keys(s.design.integration.requestTemplates ?? {}));
  const { chosen, type } = useDesigner((s) => ({ chosen: s.ui.templateKey, type: s.design.integration.type }));
  const { editDesign, selectTemplate } = useActions();
  const [mode, setMode] = useState<TemplateKeyMode>({ kind: 'view' });
  const selected = chosen !== null && keys.includes(chosen) ? chosen : (keys[0] ?? null);
  const problems = useProblemsAt('integration.requestTemplates');
  const editTemplates = (recipe: (t: Record<string, string>) => Record<string, string>) =>
    editDesign((d) => withIntegration(d, { requestTemplates: recipe(d.integration.requestTemplates ?? {}) }));

  return (
    <section className="panel templates-panel" aria-labelledby="templates-heading">
      <div className="panel-heading">
        <h2 id="templates-heading">Request templates</h2>
        <TemplateKeyToolbar
          selected={selected}
          onMode={setMode}
          onDelete={(key) => {
            editTemplates((t) => setEntry(t, key, undefined));
            selectTemplate(null);
          }}
        />
      </div>
      {!fieldsFor(type).templates ? (
        <p className="note">
          {type} integrations pass the request through: API Gateway does not apply request templates.
        </p>
      ) : null}
      <TemplateKeyForms
        mode={mode}
        keys={keys}
        onDone={() => setMode({ kind: 'view' })}
        onAdd={(key) => {
          editTemplates((t) => setEntry(t, key, ''));
          selectTemplate(key);
        }}
        onRename={(from, to) => {
          editTemplates((t) => renameEntry(t, from, to));
          selectTemplate(to);
        }}
      />
      <FieldProblems messages={problems} />
      {keys.length === 0 ? (
        <p className="empty">
          No request templates: the body is passed through or rejected, as the passthrough behavior says.
        </p>
      ) : (
        <>
          <TemplateTabs keys={keys} selected={selected} onSelect={selectTemplate} />
          {selected ? (
            <div role="tabpanel" id={TEMPLATE_PANEL_ID} aria-labelledby={tabId(selected)} className="tab-panel">
              <ReadyMadeMenu onInsert={(body) => editTemplates((t) => setEntry(t, selected, body))} />
              <TemplateEditor contentType={selected} />
              <TemplateProblems contentType={selected} />
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function ReadyMadeMenu({ onInsert }: { onInsert: (body: string) => void }) {
  return (
    <div className="field field-inline">
      <label htmlFor="ready-made">Start from</label>
      <select
        id="ready-made"
        value=""
        onChange={(e) => {
          const t = READY_MADE_TEMPLATES.find((x) => x.label === e.target.value);
          if (t) onInsert(t.body);
        }}
      >
        <option value="">a ready-made template…</option>
        {READY_MADE_TEMPLATES.map((t) => (
          <option key={t.label} value={t.label} title={t.description}>
            {t.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function TemplateProblems({ contentType }: { contentType: string }) {
  const problems = useProblemsAt(keyPath('integration.requestTemplates', contentType), true);
  return <FieldProblems messages={problems} />;
}
