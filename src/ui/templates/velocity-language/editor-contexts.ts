// Completion providers are registered once per language, but each editor needs its own context (the selected
// sample's body, the stage variable names). Editors register a getter here under their model URI.
import type { CompletionContext } from './completions.ts';

const contexts = new Map<string, () => CompletionContext>();

export function setEditorContext(modelUri: string, get: () => CompletionContext): () => void {
  contexts.set(modelUri, get);
  return () => {
    if (contexts.get(modelUri) === get) contexts.delete(modelUri);
  };
}

export function editorContext(modelUri: string): CompletionContext {
  return contexts.get(modelUri)?.() ?? {};
}
