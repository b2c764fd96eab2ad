// A draggable, keyboard-resizable boundary between two columns (the WAI-ARIA "window splitter" pattern:
// https://www.w3.org/WAI/ARIA/apg/patterns/windowsplitter/). Arrow keys move it by 2 % (Shift: 10 %), Home / End to
// its limits, Enter back to the default; a pointer drags it. aria-valuenow is the width of the column it resizes.
import type { KeyboardEvent, PointerEvent } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { DEFAULT_PANE_SIZES, MIN_PANE_PERCENT, moveSeparator, type SeparatorId } from '../../store/pane-sizes.ts';
import { paneElementId } from './panes.ts';

const LABELS: Record<SeparatorId, string> = {
  form: 'Resize the integration settings column',
  editors: 'Resize the templates and sample column',
};

export function PaneSeparator({ which }: { which: SeparatorId }) {
  const sizes = useDesigner((s) => s.ui.paneSizes);
  const { setPaneSizes } = useActions();
  const value = which === 'form' ? sizes.form : sizes.editors;
  // The furthest this boundary can go while every column keeps its minimum.
  const max = which === 'form' ? sizes.form + sizes.editors - MIN_PANE_PERCENT : 100 - sizes.form - MIN_PANE_PERCENT;
  const position = which === 'form' ? sizes.form : sizes.form + sizes.editors;
  const moveTo = (percent: number) => setPaneSizes(moveSeparator(sizes, which, percent));

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 10 : 2;
    if (e.key === 'ArrowLeft') moveTo(position - step);
    else if (e.key === 'ArrowRight') moveTo(position + step);
    else if (e.key === 'Home') moveTo(which === 'form' ? 0 : sizes.form);
    else if (e.key === 'End') moveTo(100);
    else if (e.key === 'Enter') setPaneSizes(DEFAULT_PANE_SIZES);
    else return;
    e.preventDefault();
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const columns = e.currentTarget.parentElement;
    if (!columns || e.button !== 0) return;
    e.preventDefault();
    const handle = e.currentTarget;
    handle.setPointerCapture(e.pointerId);
    handle.focus();
    const bounds = columns.getBoundingClientRect();
    let current = sizes;
    const onMove = (m: globalThis.PointerEvent) => {
      current = moveSeparator(current, which, ((m.clientX - bounds.left) / bounds.width) * 100);
      setPaneSizes(current);
    };
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
      handle.removeEventListener('pointercancel', onUp);
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
    handle.addEventListener('pointercancel', onUp);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: <hr> cannot take focus or be dragged; this is the APG splitter.
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={LABELS[which]}
      aria-controls={paneElementId(which)}
      aria-valuenow={value}
      aria-valuemin={MIN_PANE_PERCENT}
      aria-valuemax={Math.round(max * 10) / 10}
      aria-valuetext={`${Math.round(value)}% of the width`}
      title={`${LABELS[which]}: drag, or focus and use ← →`}
      tabIndex={0}
      className="pane-separator"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  );
}
