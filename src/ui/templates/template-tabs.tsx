// The tab strip of request templates, one tab per content type (WAI-ARIA tabs: arrow keys move between tabs).
import { useRef, type KeyboardEvent } from 'react';

/** The DOM id of a tab; `prefix` tells template sets apart (request templates, each integration response's). */
export const tabId = (key: string, prefix = 'template-tab') => `${prefix}-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;
export const TEMPLATE_PANEL_ID = 'template-panel';

export function TemplateTabs({
  keys,
  selected,
  onSelect,
  label = 'Request templates by content type',
  idPrefix = 'template-tab',
  panelId = TEMPLATE_PANEL_ID,
}: {
  keys: readonly string[];
  selected: string | null;
  onSelect: (key: string) => void;
  label?: string;
  idPrefix?: string;
  panelId?: string;
}) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const target = move
      ? keys[(index + move + keys.length) % keys.length]
      : e.key === 'Home'
        ? keys[0]
        : e.key === 'End'
          ? keys.at(-1)
          : undefined;
    if (target === undefined) return;
    e.preventDefault();
    onSelect(target);
    refs.current.get(target)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {keys.map((key, i) => (
        <button
          key={key}
          ref={(el) => {
            if (el) refs.current.set(key, el);
            else refs.current.delete(key);
          }}
          type="button"
          role="tab"
          id={tabId(key, idPrefix)}
          aria-selected={key === selected}
          aria-controls={panelId}
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
