import { describe, expect, it } from 'vitest';
import { velocityHover } from '../../src/ui/templates/velocity-language/hover.ts';

const at = (line: string, marker: string) => line.indexOf(marker);

describe('velocity hover documentation', () => {
  it.each([
    ["$input.path('$.a')", 'path', '$input.path', 0, 11],
    ["$input.path('$.a')", '$input', '$input', 0, 6],
    ['$util.escapeJavaScript($x)', 'escape', 'escapeJavaScript', 0, 22],
    ['x $context.identity.sourceIp y', 'source', '$context.identity.sourceIp', 2, 28],
    ['x $context.identity.sourceIp y', 'identity', '$context.identity', 2, 19],
    ['$context.authorizer.claims.email', 'email', 'Cognito', 0, 32],
    ['$stageVariables.backend', 'backend', '$stageVariables.backend', 0, 23],
    ['#foreach($i in $l)', 'each', '1,000 iterations', 0, 8],
    ['#if($foreach.hasNext),#end', 'hasNext', 'more items', 4, 20],
  ])('%s at "%s" explains %s', (line, marker, text, start, end) => {
    const hover = velocityHover(line, at(line, marker))!;
    expect(hover.contents).toContain(text);
    expect([hover.start, hover.end]).toEqual([start, end]);
  });

  it.each([
    ['$myVar.name', 'name'],
    ['plain', 'plain'],
    ['$input.nope', 'nope'],
    ['$context.notAVariable', 'not'],
  ])('%s: no hover for unknown things', (line, marker) => {
    expect(velocityHover(line, at(line, marker))).toBeNull();
  });
});
