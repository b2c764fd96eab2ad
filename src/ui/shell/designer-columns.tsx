// The three panes: integration settings | templates and sample | live preview. On wide windows they are columns that
// scroll on their own (the preview stays in view whatever the form is scrolled to), with separators to resize
// them; on narrow windows they stack, under a bar that brings any pane, the preview included, into view in one click.
import type { CSSProperties, ReactNode } from 'react';
import { useDesigner } from '../../store/hooks.tsx';
import { PaneSeparator } from './pane-separator.tsx';
import { focusPane, PANES, paneElementId, type PaneId } from './panes.ts';
import { shortcut } from './shortcuts.ts';

export function DesignerColumns({ form, editors, preview }: Record<PaneId, ReactNode>) {
  const sizes = useDesigner((s) => s.ui.paneSizes);
  // fr units share what the separators leave; custom properties, so the narrow layout's stylesheet can ignore them.
  const style = {
    '--pane-form': `${sizes.form}fr`,
    '--pane-editors': `${sizes.editors}fr`,
    '--pane-preview': `${Math.round((100 - sizes.form - sizes.editors) * 10) / 10}fr`,
  } as CSSProperties;
  const content: Record<PaneId, ReactNode> = { form, editors, preview };
  return (
    <>
      <nav className="pane-bar" aria-label="Panes">
        {PANES.map((pane) => (
          <button
            key={pane.id}
            type="button"
            onClick={() => focusPane(pane.id)}
            aria-keyshortcuts={pane.id === 'preview' ? shortcut('preview').aria : undefined}
            title={pane.id === 'preview' ? `Show the preview (${shortcut('preview').keys})` : `Show the ${pane.short}`}
          >
            {pane.short}
          </button>
        ))}
      </nav>
      <main className="columns" style={style}>
        {PANES.map((pane, i) => (
          <Pane key={pane.id} id={pane.id} label={pane.label} separatorAfter={i < 2}>
            {content[pane.id]}
          </Pane>
        ))}
      </main>
    </>
  );
}

function Pane({
  id,
  label,
  separatorAfter,
  children,
}: {
  id: PaneId;
  label: string;
  separatorAfter: boolean;
  children: ReactNode;
}) {
  return (
    <>
      {/* tabIndex -1: "jump to the preview" moves the focus here, and Tab then continues inside the pane. */}
      <section
        id={paneElementId(id)}
        className={`column column-${id}`}
        aria-label={label}
        tabIndex={-1}
        aria-keyshortcuts={id === 'preview' ? shortcut('preview').aria : undefined}
      >
        {children}
      </section>
      {separatorAfter ? <PaneSeparator which={id === 'form' ? 'form' : 'editors'} /> : null}
    </>
  );
}
