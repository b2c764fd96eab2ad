// "Escape, then Tab" leaves a code editor: the element the focus goes to is the next (or previous) one in tab order
// outside the editor, staying inside an open modal dialog when the editor is in one.

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function visible(el: Element): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** The first tabbable element after `container` (before it, backwards), or null at the end of the page. */
export function tabbableBeside(container: Element, backwards: boolean): HTMLElement | null {
  const scope = container.closest('dialog[open]') ?? document.body;
  const candidates = [...scope.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !container.contains(el) && el.tabIndex >= 0 && visible(el),
  );
  const after = (el: Element) => Boolean(container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (backwards) return candidates.filter((el) => !after(el)).at(-1) ?? null;
  return candidates.find(after) ?? null;
}
