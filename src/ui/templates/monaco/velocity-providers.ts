// Adapters from the pure Velocity language service (completions, hovers) to Monaco's providers.
import type * as Monaco from 'monaco-editor/editor';
import { velocityCompletions, type CompletionKind } from '../velocity-language/completions.ts';
import { velocityHover } from '../velocity-language/hover.ts';
import { editorContext } from '../velocity-language/editor-contexts.ts';
import { VELOCITY_LANGUAGE_ID } from '../velocity-language/monarch.ts';

export function registerVelocityProviders(monaco: typeof Monaco): void {
  const kinds: Record<CompletionKind, Monaco.languages.CompletionItemKind> = {
    method: monaco.languages.CompletionItemKind.Method,
    property: monaco.languages.CompletionItemKind.Property,
    variable: monaco.languages.CompletionItemKind.Variable,
    keyword: monaco.languages.CompletionItemKind.Keyword,
    snippet: monaco.languages.CompletionItemKind.Snippet,
    field: monaco.languages.CompletionItemKind.Field,
  };

  monaco.languages.registerCompletionItemProvider(VELOCITY_LANGUAGE_ID, {
    triggerCharacters: ['$', '.', '#', "'", '"'],
    provideCompletionItems(model, position) {
      const linePrefix = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const context = { ...editorContext(model.uri.toString()), fullText: model.getValue() };
      const result = velocityCompletions(linePrefix, context);
      if (!result) return { suggestions: [] };
      return {
        suggestions: result.items.map((item, i) => {
          const replace = item.replaceLength ?? result.replaceLength;
          return {
            label: item.label,
            kind: kinds[item.kind],
            insertText: item.insertText,
            insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
            detail: item.detail,
            documentation: item.documentation ? { value: item.documentation } : undefined,
            filterText: item.filterText,
            sortText: String(i).padStart(4, '0'),
            range: new monaco.Range(
              position.lineNumber,
              position.column - replace,
              position.lineNumber,
              position.column,
            ),
          };
        }),
      };
    },
  });

  monaco.languages.registerHoverProvider(VELOCITY_LANGUAGE_ID, {
    provideHover(model, position) {
      const hover = velocityHover(model.getLineContent(position.lineNumber), position.column - 1);
      if (!hover) return null;
      return {
        contents: [{ value: hover.contents }],
        range: new monaco.Range(position.lineNumber, hover.start + 1, position.lineNumber, hover.end + 1),
      };
    },
  });
}
