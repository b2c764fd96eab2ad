// Highlighting of Velocity template syntax (https://velocity.apache.org/engine/1.7/user-guide.html: directives,
// references, comments `##` and `#* *#`, strings).
import { describe, expect, it } from 'vitest';
import { velocityMonarch } from '../../src/ui/templates/velocity-language/monarch.ts';
import { tokenizeLine } from './monarch-runner.ts';

const tokensOf = (line: string) => tokenizeLine(velocityMonarch, line).filter(([text]) => text.trim() !== '');

describe('Velocity Monarch grammar', () => {
  it.each([
    [
      '#foreach($p in $pets)',
      [
        ['#foreach', 'keyword'],
        ['$p', 'variable'],
        ['$pets', 'variable'],
      ],
    ],
    ['#{end}', [['#{end}', 'keyword']]],
    ['## a comment $x', [['## a comment $x', 'comment']]],
    [
      '#* block *#',
      [
        ['#*', 'comment'],
        [' block ', 'comment'],
        ['*#', 'comment'],
      ],
    ],
    [
      "$input.path('$.name')",
      [
        ['$input', 'variable'],
        ['.path', 'variable.member'],
        ["'", 'string'],
        ['$.name', 'string'],
        ["'", 'string'],
      ],
    ],
    [
      '${stageVariables.url}',
      [
        ['${', 'variable'],
        ['stageVariables', 'variable'],
        ['.url', 'variable.member'],
        ['}', 'variable'],
      ],
    ],
    [
      '"id: $id"',
      [
        ['"', 'string'],
        ['id: ', 'string'],
        ['$id', 'variable'],
        ['"', 'string'],
      ],
    ],
    [
      '#set($n = 42)',
      [
        ['#set', 'keyword'],
        ['$n', 'variable'],
        ['=', 'operator'],
        ['42', 'number'],
      ],
    ],
  ])('%s', (line, expected) => {
    const significant = tokensOf(line).filter(([, t]) => t !== 'delimiter' && t !== '');
    expect(significant).toEqual(expected);
  });
});
