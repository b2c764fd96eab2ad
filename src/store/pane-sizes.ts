// How wide the designer's columns are (a percentage of the window each, the preview takes the rest), clamped so no
// column becomes unusable, and remembered in the browser across reloads like a devtools panel's size.

export interface PaneSizes {
  /** The integration settings column, in percent of the columns' width. */
  form: number;
  /** The templates and sample column, in percent; the preview gets what remains. */
  editors: number;
}

export const DEFAULT_PANE_SIZES: PaneSizes = { form: 34, editors: 33 };
/** No column narrower than this share (a separator moved further stops here). */
export const MIN_PANE_PERCENT = 20;
export const PANE_SIZES_KEY = 'integration-designer:pane-sizes';

const round = (n: number) => Math.round(n * 10) / 10;

/** Sizes where every column, the preview included, keeps at least MIN_PANE_PERCENT. */
export function clampPaneSizes(sizes: PaneSizes): PaneSizes {
  const max = 100 - 2 * MIN_PANE_PERCENT;
  const form = Math.min(Math.max(sizes.form, MIN_PANE_PERCENT), max);
  const editors = Math.min(Math.max(sizes.editors, MIN_PANE_PERCENT), 100 - MIN_PANE_PERCENT - form);
  return { form: round(form), editors: round(editors) };
}

/** The stored sizes, or the defaults when there are none or they are not two finite numbers. */
export function loadPaneSizes(storage: Pick<Storage, 'getItem'> | null): PaneSizes {
  try {
    const raw = storage?.getItem(PANE_SIZES_KEY);
    if (!raw) return DEFAULT_PANE_SIZES;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return DEFAULT_PANE_SIZES;
    const { form, editors } = parsed as Record<string, unknown>;
    if (typeof form !== 'number' || typeof editors !== 'number' || !Number.isFinite(form + editors)) {
      return DEFAULT_PANE_SIZES;
    }
    return clampPaneSizes({ form, editors });
  } catch {
    return DEFAULT_PANE_SIZES; // unreadable storage or text: the layout is not worth an error message
  }
}

export function savePaneSizes(storage: Pick<Storage, 'setItem'> | null, sizes: PaneSizes): void {
  try {
    storage?.setItem(PANE_SIZES_KEY, JSON.stringify(sizes));
  } catch {
    // A full or blocked storage only costs the remembered layout.
  }
}

/** `form`: the boundary after the settings column; `editors`: the one after the templates and sample column. */
export type SeparatorId = 'form' | 'editors';

/**
 * The sizes after a separator moved to `position` (percent from the left edge). Only the two columns beside it
 * change: moving the first boundary leaves the preview's width alone, moving the second leaves the settings column's.
 */
export function moveSeparator(sizes: PaneSizes, which: SeparatorId, position: number): PaneSizes {
  if (which === 'form') {
    const boundary = sizes.form + sizes.editors;
    const form = Math.min(Math.max(position, MIN_PANE_PERCENT), boundary - MIN_PANE_PERCENT);
    return clampPaneSizes({ form, editors: boundary - form });
  }
  const end = Math.min(Math.max(position, sizes.form + MIN_PANE_PERCENT), 100 - MIN_PANE_PERCENT);
  return clampPaneSizes({ form: sizes.form, editors: end - sizes.form });
}
