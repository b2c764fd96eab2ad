// Monarch highlighting for API Gateway's Velocity (VTL) templates: directives, references, strings, numbers and both
// comment forms. Plain data (no Monaco import at run time) so it is unit-tested without a browser.
import type { languages } from 'monaco-editor/editor';

export const VELOCITY_LANGUAGE_ID = 'velocity';

export const velocityMonarch: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.vtl',
  directives: [
    'if',
    'elseif',
    'else',
    'end',
    'foreach',
    'set',
    'macro',
    'parse',
    'include',
    'stop',
    'break',
    'define',
    'evaluate',
  ],
  tokenizer: {
    root: [
      [/##.*$/, 'comment'],
      [/#\*/, 'comment', '@blockComment'],
      // `#{if}` and `#if` are the same directive in Velocity.
      [/#\{?(if|elseif|else|end|foreach|set|macro|parse|include|stop|break|define|evaluate)\b\}?/, 'keyword'],
      [/#@?[a-zA-Z_][\w-]*/, 'keyword.macro'],
      [/\$!?\{/, { token: 'variable', next: '@formalReference' }],
      [/\$!?[a-zA-Z_][\w-]*/, { token: 'variable', next: '@reference' }],
      [/"/, 'string', '@doubleString'],
      [/'/, 'string', '@singleString'],
      [/-?\d+(\.\d+)?/, 'number'],
      [/[{}()[\]]/, '@brackets'],
      [/(==|!=|<=|>=|&&|\|\||[<>!=+\-*/%])/, 'operator'],
    ],
    // `.member` and `.method(` after a reference are part of it.
    reference: [
      [/\.[a-zA-Z_][\w]*/, 'variable.member'],
      [/\(/, { token: '@brackets', next: '@arguments' }],
      [/\[/, { token: '@brackets', next: '@arguments' }],
      ['', '', '@pop'],
    ],
    formalReference: [
      [/[a-zA-Z_][\w-]*/, 'variable'],
      [/\.[a-zA-Z_]\w*/, 'variable.member'],
      [/\(/, { token: '@brackets', next: '@arguments' }],
      [/\}/, 'variable', '@pop'],
      ['', '', '@pop'],
    ],
    arguments: [
      [/[)\]]/, { token: '@brackets', next: '@pop' }],
      [/"/, 'string', '@doubleString'],
      [/'/, 'string', '@singleString'],
      [/\$!?[a-zA-Z_][\w-]*/, 'variable'],
      [/\.[a-zA-Z_]\w*/, 'variable.member'],
      [/[([]/, { token: '@brackets', next: '@arguments' }],
      [/-?\d+(\.\d+)?/, 'number'],
      [/./, ''],
    ],
    doubleString: [
      [/\\./, 'string.escape'],
      [/\$!?\{?[a-zA-Z_][\w.-]*\}?/, 'variable'], // double-quoted strings are interpolated in Velocity
      [/"/, 'string', '@pop'],
      [/[^"\\$]+/, 'string'],
      [/./, 'string'],
    ],
    singleString: [
      [/'/, 'string', '@pop'],
      [/[^']+/, 'string'],
    ],
    blockComment: [
      [/\*#/, 'comment', '@pop'],
      [/[^*]+/, 'comment'],
      [/./, 'comment'],
    ],
  },
};

/** Brackets, comments and auto-closing pairs for the editor (Monaco LanguageConfiguration, as plain data). */
export const velocityLanguageConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '##', blockComment: ['#*', '*#'] },
  brackets: [
    ['{', '}'],
    ['[', ']'],
    ['(', ')'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string'] },
    { open: "'", close: "'", notIn: ['string'] },
  ],
  surroundingPairs: [
    { open: '"', close: '"' },
    { open: "'", close: "'" },
    { open: '(', close: ')' },
  ],
};
