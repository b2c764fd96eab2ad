// Completions follow the variables of the mapping template reference:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
import { describe, expect, it } from 'vitest';
import { declaredReferences, velocityCompletions } from '../../src/ui/templates/velocity-language/completions.ts';

const labels = (prefix: string, ctx = {}) => velocityCompletions(prefix, ctx)?.items.map((i) => i.label) ?? null;
const body = JSON.stringify({ name: 'Rex', owner: { id: 7, tags: ['a'] }, pets: [{ kind: 'dog' }] });

describe('velocity completions', () => {
  it.each([
    ['$input.', ['body', 'json', 'path', 'params']],
    ['#set($x = $util.', ['escapeJavaScript', 'parseJson', 'urlEncode', 'urlDecode', 'base64Encode', 'base64Decode']],
    ['$foreach.', ['hasNext', 'index', 'count', 'first', 'last']],
  ])('%s offers the documented members', (prefix, expected) => {
    expect(labels(prefix)).toEqual(expected);
  });

  it('$context. offers top-level context variables without wildcards, and nests', () => {
    const top = labels('$context.')!;
    expect(top).toEqual(expect.arrayContaining(['requestId', 'identity', 'stage', 'authorizer', 'requestOverride']));
    expect(top).not.toContain('*');
    expect(labels('$context.identity.')).toEqual(expect.arrayContaining(['sourceIp', 'userAgent', 'clientCert']));
    expect(labels('"$context.identity.clientCert.validity.')).toEqual(['notBefore', 'notAfter']);
  });

  it('$stageVariables. offers the design stage variables', () => {
    expect(labels('$stageVariables.', { stageVariables: ['backend', 'version'] })).toEqual(['backend', 'version']);
  });

  it.each([
    ["$input.path('$.", ['name', 'owner', 'pets']],
    ['$input.json("$.owner.', ['id', 'tags']],
    ["#set($k = $input.path('$.pets[0].", ['kind']],
    ["$input.path('$.pets.", ['kind']], // an array is looked through to its first item
    ["$input.path('$.name.", []],
  ])('%s offers the sample body fields there', (prefix, expected) => {
    expect(labels(prefix, { sampleBody: body })).toEqual(expected);
  });

  it('the partly typed word is replaced', () => {
    expect(velocityCompletions("$input.path('$.ow", { sampleBody: body })!.replaceLength).toBe(2);
    expect(velocityCompletions('$util.esc')!.replaceLength).toBe(3);
    expect(velocityCompletions('$inp')!.replaceLength).toBe(3);
  });

  it('a bare $ offers the roots and the references the template declares', () => {
    const fullText = "#set($body = $input.path('$'))\n#foreach($item in $body.items)#end";
    expect(labels('$', { fullText })).toEqual([
      'input',
      'util',
      'context',
      'stageVariables',
      'foreach',
      'body',
      'item',
    ]);
  });

  it('# offers directives and ready-made templates that replace the #', () => {
    const result = velocityCompletions('#fo')!;
    expect(result.items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['foreach', 'if', 'set', 'template: map all parameters']),
    );
    const ready = result.items.find((i) => i.label === 'template: map all parameters')!;
    expect(ready.replaceLength).toBe(3);
    expect(ready.insertText).toContain('\\$input.params()');
  });

  it.each(['plain text', '"a string', '{"name": 1'])('nothing to complete after %s', (prefix) => {
    expect(velocityCompletions(prefix)).toBeNull();
  });

  it('declaredReferences finds #set, #foreach and macro arguments', () => {
    expect(declaredReferences('#set( $a = 1 )#{foreach}($b in $l)#end#macro(m $c $d)#end')).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });
});
