// The workspace's methods as a listbox (WAI-ARIA listbox pattern, https://www.w3.org/WAI/ARIA/apg/patterns/listbox/):
// one tab stop, ↑ ↓ Home End move the active option, Enter (or a click) opens it in the designer. Each option says
// the verb, the resource path, the integration type and the status of its tests.
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import type { WorkspaceMethod } from '../../workspace/types.ts';
import { filterMethods } from '../../workspace/workspace-methods.ts';

export function statusText(method: WorkspaceMethod): string {
  const { state, passed = 0, failed = 0 } = method.status;
  if (state === 'untested') return 'not run';
  return state === 'passed' ? `${passed} passed` : `${failed} failed`;
}

export function MethodList() {
  const { methods, selected, search, selectedType } = useDesigner((s) => ({
    methods: s.workspace.open?.methods ?? [],
    selected: s.workspace.open?.selected ?? '',
    search: s.workspace.search,
    selectedType: s.design.integration.type,
  }));
  const { selectMethod, searchMethods } = useActions();
  const id = useId();
  const shown = filterMethods(methods, search);
  const [active, setActive] = useState(selected);
  const activeKey = shown.some((m) => m.key === active) ? active : (shown[0]?.key ?? '');
  const optionId = (key: string) => `${id}-m-${shown.findIndex((m) => m.key === key)}`;

  useEffect(() => setActive(selected), [selected]);
  const activeId = activeKey ? optionId(activeKey) : null;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const onKeyDown = (e: KeyboardEvent) => {
    const index = shown.findIndex((m) => m.key === activeKey);
    const move = (to: number) => {
      e.preventDefault();
      const next = shown[Math.max(0, Math.min(shown.length - 1, to))];
      if (next) setActive(next.key);
    };
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(shown.length - 1);
    else if (e.key === 'Enter' && activeKey) {
      e.preventDefault();
      void selectMethod(activeKey);
    }
  };

  return (
    <div className="workspace-methods">
      <div className="field">
        <label htmlFor={`${id}-search`}>Search methods</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          aria-describedby={`${id}-hint`}
          onChange={(e) => searchMethods(e.target.value)}
        />
        <p className="field-hint" id={`${id}-hint`}>
          Verb, path, integration type or status, e.g. “post /orders failed”.
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="empty">No method matches “{search}”.</p>
      ) : (
        <div
          role="listbox"
          aria-label="Methods"
          tabIndex={0}
          aria-activedescendant={activeId ?? undefined}
          onKeyDown={onKeyDown}
          className="method-list"
        >
          {shown.map((m, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys (↑ ↓ Enter) for its options.
            <div
              key={m.key}
              tabIndex={-1}
              id={`${id}-m-${i}`}
              role="option"
              aria-selected={m.key === selected}
              className={`method-option${m.key === activeKey ? ' active' : ''} status-${m.status.state}`}
              onClick={() => {
                setActive(m.key);
                void selectMethod(m.key);
              }}
            >
              <span className="method-verb">{m.key.slice(0, m.key.indexOf(' '))}</span>{' '}
              <span className="method-path">{m.key.slice(m.key.indexOf(' ') + 1)}</span>{' '}
              <span className="method-type">{m.key === selected ? selectedType : m.design.integration.type}</span>{' '}
              <span className="method-status">{statusText(m)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
