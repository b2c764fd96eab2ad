// The tab strip of request templates, one tab per content type (WAI-ARIA tabs: arrow keys move between tabs).
import { useRef, type KeyboardEvent } from 'react';

export const tabId = (key: string) => `template-tab-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;
export const TEMPLATE_PANEL_ID = 'template-panel';

export function TemplateTabs({ keys, selected, onSelect }: { keys: readonly string[]; selected: string | null; onSelect: (key: string) => void }) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const target = move ? keys[(index + move + keys.length) % keys.length] : e.key === 'Home' ? keys[0] : e.key === 'End' ? keys.at(-1) : undefined;
    if (target === undefined) return;
    e.preventDefault();
    onSelect(target);
    refs.current.get(target)?.focus();
  };
  return (
    <div role="tablist" aria-label="Request templates by content type" className="tabs">
      {keys.map((key, i) => (
        <button
          key={key}
          ref={(el) => {
            if (el) refs.current.set(key, el);
            else refs.current.delete(key);
          }}
          type="button"
          role="tab"
          id={tabId(key)}
          aria-selected={key === selected}
          aria-controls={TEMPLATE_PANEL_ID}
          tabIndex={key === selected ? 0 : -1}
          className="tab"
          onClick={() => onSelect(key)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {key}
        </button>
      ))}
    </div>
  );
}
