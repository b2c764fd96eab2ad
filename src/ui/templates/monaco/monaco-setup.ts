// Monaco from the npm package, bundled by Vite and loaded lazily (never from a CDN): the editor core, the features
// the template and body editors use, the editor worker, and the Velocity and JSON languages with their providers.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// The suggest widget itself: features/suggest registers only inline suggestions; register.all gets the controller
// through inlineCompletions, which we do not need.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';
import { VELOCITY_LANGUAGE_ID, velocityLanguageConfiguration, velocityMonarch } from '../velocity-language/monarch.ts';
import { jsonLanguageConfiguration, jsonMonarch } from '../velocity-language/json-monarch.ts';
import { registerVelocityProviders } from './velocity-providers.ts';
import { registerQuickFixes } from './markers.ts';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

monaco.languages.register({ id: VELOCITY_LANGUAGE_ID, extensions: ['.vtl', '.vm'] });
monaco.languages.setMonarchTokensProvider(VELOCITY_LANGUAGE_ID, velocityMonarch);
monaco.languages.setLanguageConfiguration(VELOCITY_LANGUAGE_ID, velocityLanguageConfiguration);
registerVelocityProviders(monaco);
registerQuickFixes(monaco, VELOCITY_LANGUAGE_ID);

monaco.languages.register({ id: 'json' });
monaco.languages.setMonarchTokensProvider('json', jsonMonarch);
monaco.languages.setLanguageConfiguration('json', jsonLanguageConfiguration);

const rules = (dark: boolean): monaco.editor.ITokenThemeRule[] => [
  { token: 'keyword', foreground: dark ? 'C586C0' : 'AF00DB' },
  { token: 'keyword.macro', foreground: dark ? 'C586C0' : 'AF00DB', fontStyle: 'italic' },
  { token: 'variable', foreground: dark ? '9CDCFE' : '001080' },
  { token: 'variable.member', foreground: dark ? '4EC9B0' : '267F99' },
  { token: 'type', foreground: dark ? '9CDCFE' : '0451A5' },
];
monaco.editor.defineTheme('designer-light', { base: 'vs', inherit: true, rules: rules(false), colors: {} });
monaco.editor.defineTheme('designer-dark', { base: 'vs-dark', inherit: true, rules: rules(true), colors: {} });

// Without this, @monaco-editor/react injects a <script> from a CDN (pinned to an older Monaco).
loader.config({ monaco });

export { monaco };
