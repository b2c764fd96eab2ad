// Counts shown with thousands separators (1,991,166 characters), without Intl: a page's first toLocaleString loads
// ICU's number data, which cost 30-70 ms in Chromium on the shared machine (issue #14), and the first count a page
// shows is usually a large paste's, so it landed in that paste's task.

/** `n` (a non-negative integer) with a comma every three digits, as `n.toLocaleString('en-US')` writes it. */
export function groupDigits(n: number): string {
  const digits = String(n);
  if (!Number.isSafeInteger(n) || n < 0) return digits;
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}
