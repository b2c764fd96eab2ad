// Edits JSON text in place: the changed value's characters are replaced and everything else — key order, spacing,
// the indentation style — stays byte for byte. jsonc-parser (the parser behind VS Code's settings editor) computes
// the minimal edits and formats only what it inserts, in the file's own indentation.
// The ESM build by path: the package's `main` is a UMD build whose require() of its own files a bundler cannot follow
// (the CLI bundle failed with "Cannot find module './impl/format'").
import { applyEdits, type FormattingOptions, modify } from 'jsonc-parser/lib/esm/main.js';

export type TextPath = (string | number)[];

export function jsonFormatting(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/** Sets `value` at `path` (the index -1 appends to an array), or removes it when value is undefined. */
export function editJsonText(text: string, path: TextPath, value: unknown): string {
  return applyEdits(text, modify(text, path, value, { formattingOptions: jsonFormatting(text) }));
}
