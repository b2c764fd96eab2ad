// The Monaco options of the designer's editors (src/ui/templates/monaco/editor-options.ts): what costs every keystroke
// is off in every editor, a large text is plain, and a text that shrinks back turns on again all that the large one
// turned off (Monaco merges options: a key that only the large set names would stay as the large text left it).
import { describe, expect, it } from 'vitest';
import {
  editorOptions,
  FULL_OPTIONS,
  LEAN_OPTIONS,
  TYPING_OPTIONS,
} from '../../src/ui/templates/monaco/editor-options.ts';

describe('editor options', () => {
  it.each([
    ['a template or small body', false],
    ['a large body', true],
  ])('%s: nothing that repaints or asks the editor worker after each keystroke', (_name, large) => {
    const options = editorOptions('Template for application/json', large);
    expect(options).toMatchObject({
      ariaLabel: 'Template for application/json',
      minimap: { enabled: false },
      wordBasedSuggestions: 'off',
      quickSuggestions: false,
      suggestOnTriggerCharacters: true, // completions still open on $ . # and quotes
      occurrencesHighlight: 'off',
      selectionHighlight: false,
      matchBrackets: 'never',
      folding: false,
      guides: { indentation: false },
    });
  });

  it('a large text is plain: no bracket colours, links, colour boxes or wrapping', () => {
    expect(editorOptions('Sample body', true)).toMatchObject({
      bracketPairColorization: { enabled: false },
      links: false,
      colorDecorators: false,
      wordWrap: 'off',
    });
    expect(editorOptions('Sample body', false)).toMatchObject({
      bracketPairColorization: { enabled: true },
      wordWrap: 'on',
    });
  });

  it('the full set names every option the lean set names (so shrinking a text restores them)', () => {
    expect(Object.keys(FULL_OPTIONS).sort()).toEqual(Object.keys(LEAN_OPTIONS).sort());
    for (const key of Object.keys(TYPING_OPTIONS)) expect(FULL_OPTIONS).toHaveProperty(key);
  });
});
