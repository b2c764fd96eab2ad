// The templates that differ, one tab each (arrow keys move between them), and the selected one's two texts side by
// side in Monaco's diff editor (its own chunk; two read-only text fields while it loads, or if it cannot load).
import { lazy, Suspense, useId, useState } from 'react';
import type { TemplateChange } from '../../formats/patch/index.ts';
import type { DiffEditorProps } from '../shared/diff-editor.tsx';
import { FallbackBoundary } from '../shared/fallback-boundary.tsx';
import { TemplateTabs, tabId } from '../templates/template-tabs.tsx';

const DiffEditor = lazy(() => import('../shared/diff-editor.tsx'));

const TAB_PREFIX = 'compare-template';
const tabLabel = (t: TemplateChange) => `${t.owner}: ${t.contentType}`;
const KIND_NOTE: Record<TemplateChange['kind'], string> = {
  added: 'Added: it exists only after.',
  removed: 'Removed: it exists only before.',
  changed: 'Changed.',
};

function PlainDiff({ label, before, after }: Pick<DiffEditorProps, 'label' | 'before' | 'after'>) {
  return (
    <div className="compare-plain-diff">
      <textarea readOnly aria-label={`Before: ${label}`} value={before} rows={14} wrap="off" spellCheck={false} />
      <textarea readOnly aria-label={`After: ${label}`} value={after} rows={14} wrap="off" spellCheck={false} />
    </div>
  );
}

export function TemplateChanges({ templates }: { templates: readonly TemplateChange[] }) {
  const id = useId();
  const panelId = `${id}-panel`;
  const [chosen, setChosen] = useState<string | null>(null);
  const labels = templates.map(tabLabel);
  const selected = templates.find((t) => tabLabel(t) === chosen) ?? templates[0];
  return (
    <section aria-labelledby={id} className="compare-templates">
      <h3 id={id}>Templates ({templates.length} changed)</h3>
      {selected ? (
        <>
          <TemplateTabs
            keys={labels}
            selected={tabLabel(selected)}
            onSelect={setChosen}
            label="Changed templates"
            idPrefix={TAB_PREFIX}
            panelId={panelId}
          />
          <div role="tabpanel" id={panelId} aria-labelledby={tabId(tabLabel(selected), TAB_PREFIX)}>
            <p className="note">
              {KIND_NOTE[selected.kind]} <code>{selected.path}</code>
            </p>
            <FallbackBoundary fallback={<PlainDiff label={tabLabel(selected)} {...selected} />}>
              <Suspense fallback={<PlainDiff label={tabLabel(selected)} {...selected} />}>
                <DiffEditor
                  key={tabLabel(selected)}
                  label={tabLabel(selected)}
                  before={selected.before}
                  after={selected.after}
                />
              </Suspense>
            </FallbackBoundary>
          </div>
        </>
      ) : (
        <p className="note">No template differs.</p>
      )}
    </section>
  );
}
