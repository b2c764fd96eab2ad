// What every code editor (Monaco, or the plain textarea used while Monaco loads or if it fails) accepts.
import type { Diagnostic } from '../../engine/index.ts';
import type { CompletionContext } from '../templates/velocity-language/completions.ts';

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: 'velocity' | 'json' | 'plaintext';
  /** Accessible name of the editor (the visible label is rendered by the caller). */
  label: string;
  /** Unique per document; Monaco keeps one model (and undo stack) per path. */
  modelPath: string;
  diagnostics?: readonly Diagnostic[];
  /** For Velocity completions: the sample body, stage variables. */
  completionContext?: () => CompletionContext;
  /** CSS height of the editor. */
  height?: string;
  describedBy?: string;
  /**
   * A text over LARGE_TEXT_CHARS (a multi-megabyte sample body) is shown in a virtual list (large-text-editor.tsx)
   * rather than edited in Monaco; a large paste goes straight to `onChange`. For inputs, not for templates.
   */
  largeText?: boolean;
}

/** Characters over which `largeText` editors show the virtual list. */
export const LARGE_TEXT_CHARS = 256 * 1024;
