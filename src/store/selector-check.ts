// React re-renders forever (error #185) when a store selector returns, on every call, a value that shallow comparison
// cannot tell from the last one: an object holding a freshly built object or array (a default view built at each
// read crashed the page once). In development and in the end-to-end build (`vite build --mode e2e`), every
// useDesigner selector runs twice on the same state and must give shallow-equal results; one that does not fails
// loudly, naming itself, on the first render that uses it, instead of freezing the page. Production builds skip it.
import { shallow } from 'zustand/shallow';

export const CHECK_SELECTORS = import.meta.env?.DEV === true || import.meta.env?.MODE === 'e2e';

export class UnstableSelectorError extends Error {}

export function checkedSelector<S, T>(selector: (state: S) => T, check = CHECK_SELECTORS): (state: S) => T {
  if (!check) return selector;
  return (state) => {
    const first = selector(state);
    if (!shallow(first, selector(state)))
      throw new UnstableSelectorError(
        `A useDesigner selector returns a new value at every call (a freshly built object or array inside what it ` +
          `returns), which would re-render forever: ${String(selector).slice(0, 300)}`,
      );
    return first;
  };
}
