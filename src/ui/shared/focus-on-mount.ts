// A ref callback that focuses an input as it appears (the rename box, the new-template key), as autoFocus would,
// but stated where it is used so it stays deliberate: only for a field the user has just asked for. Module-level, so
// React attaches it once rather than on every render.
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
