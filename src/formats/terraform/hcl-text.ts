// Writing text into HCL (Terraform) so that it reads back exactly.
// Spec: https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md#template-expressions
// - In quoted strings: \n \r \t \" \\ \uNNNN are escapes; `${` and `%{` start interpolation/directives and are
//   escaped by doubling the first character: `$${`, `%%{`.
// - In heredocs (<<EOT) backslashes are literal, but `${` / `%{` still need doubling; the text always ends with a
//   newline, so text without one is wrapped in trimsuffix(..., "\n"), which removes exactly one.

function escapeTemplateSequences(text: string): string {
  // A function replacement: in a replacement string "$$" would itself mean one "$".
  return text.replace(/([$%])\{/g, (_, c: string) => `${c}${c}{`);
}

export function hclQuoted(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what HCL needs escaped
  const escaped = text.replace(/[\\"\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${escapeTemplateSequences(escaped)}"`;
}

/** Multi-line text without carriage returns or other control characters (tabs are fine) reads best as a heredoc. */
function suitsHeredoc(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a heredoc cannot carry control characters other than \t \n
  return text.includes('\n') && !/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/.test(text);
}

function delimiterFor(text: string): string {
  const lines = new Set(text.split('\n').map((l) => l.trim()));
  let delimiter = 'EOT';
  for (let n = 1; lines.has(delimiter); n++) delimiter = `EOT${n}`;
  return delimiter;
}

/** The expression for a text value: a quoted string, or a heredoc (as lines) for multi-line text. */
export function hclText(text: string): string[] {
  if (!suitsHeredoc(text)) return [hclQuoted(text)];
  const delimiter = delimiterFor(text);
  const endsWithNewline = text.endsWith('\n');
  const body = escapeTemplateSequences(endsWithNewline ? text.slice(0, -1) : text).split('\n');
  if (endsWithNewline) return [`<<${delimiter}`, ...body, delimiter];
  return [`trimsuffix(<<${delimiter}`, ...body, `${delimiter}`, ', "\\n")'];
}
