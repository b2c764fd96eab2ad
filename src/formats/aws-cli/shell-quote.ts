// Quoting for POSIX shells (bash, zsh, sh). Inside single quotes nothing is special, so any text is safe once each
// `'` becomes `'\''` (close, escaped quote, reopen). Newlines, `$`, backslashes and `"` stay literal.

export function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(text) && !text.startsWith('-')) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * JSON for a CLI argument or file, with every non-ASCII character written as \uXXXX: what reaches the AWS CLI is
 * then the same bytes whatever the terminal's or the file's encoding (the CLI decodes file:// with the locale).
 */
export function asciiJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
