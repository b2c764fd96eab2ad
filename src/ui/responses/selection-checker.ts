// The engine's selection check, on its own: loaded by use-selection-check.ts only when the page must run the check
// itself (a subject the user typed), so that the Java-regex engine it needs is not in the page's first download.
export { checkSelection } from '../../engine/index.ts';
