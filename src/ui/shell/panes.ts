// The designer's three panes (columns on wide windows, stacked on narrow ones) and how to bring one into view.

export type PaneId = 'form' | 'editors' | 'preview';

export const PANES: readonly { id: PaneId; label: string; short: string }[] = [
  { id: 'form', label: 'Integration settings', short: 'Settings' },
  { id: 'editors', label: 'Templates and sample request', short: 'Templates & sample' },
  { id: 'preview', label: 'Live preview', short: 'Preview' },
];

export const paneElementId = (id: PaneId) => `pane-${id}`;

/** Scrolls a pane into view (stacked layout) and moves the focus to it, so Tab continues inside it. */
export function focusPane(id: PaneId): void {
  const pane = document.getElementById(paneElementId(id));
  if (!pane) return;
  pane.scrollIntoView({ block: 'start' });
  pane.focus({ preventScroll: true });
}
