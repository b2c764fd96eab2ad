// The preview's tabs: the stages of the request, the execution log, the raw Trace JSON.
import type { KeyboardEvent } from 'react';
import type { PreviewTab } from '../../store/ui-slice.ts';

export const PREVIEW_TABS: ReadonlyArray<{ id: PreviewTab; title: string }> = [
  { id: 'request', title: 'Stages' },
  { id: 'log', title: 'Execution log' },
  { id: 'trace', title: 'Trace JSON' },
];

export function PreviewTabs({ selected, onSelect }: { selected: PreviewTab; onSelect: (tab: PreviewTab) => void }) {
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!move) return;
    e.preventDefault();
    const next = PREVIEW_TABS[(index + move + PREVIEW_TABS.length) % PREVIEW_TABS.length]!;
    onSelect(next.id);
    document.getElementById(`preview-tab-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Preview views" className="tabs">
      {PREVIEW_TABS.map((tab, i) => (
        <button
          key={tab.id}
          id={`preview-tab-${tab.id}`}
          type="button"
          role="tab"
          className="tab"
          aria-selected={selected === tab.id}
          aria-controls="preview-tabpanel"
          tabIndex={selected === tab.id ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {tab.title}
        </button>
      ))}
    </div>
  );
}
