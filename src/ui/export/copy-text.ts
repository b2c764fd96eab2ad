// Copies text with the asynchronous clipboard API. Resolves false when the browser refuses (no permission, an
// insecure page, an old browser): the caller then shows the text in a field to copy by hand.
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
