// $util: escapeJavaScript, parseJson, urlEncode, urlDecode, base64Encode, base64Decode. DG =
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#util-template-reference
import { describe, expect, it } from 'vitest';
import { render, renderError } from './render-helper.ts';

describe('$util.escapeJavaScript', () => {
  it.each([
    // DG: "This function will turn any regular single quotes (') into escaped ones (\')".
    ["DG: ' becomes \\'", "it's", "it\\'s"],
    // The remaining rules are Commons Lang 2 StringEscapeUtils.escapeJavaScript's (docs/apigw-behaviour.md#util,
    // inferred).
    ['double quote', 'say "hi"', 'say \\"hi\\"'],
    ['backslash', 'a\\b', 'a\\\\b'],
    ['forward slash', 'a/b', 'a\\/b'],
    ['newline, tab, carriage return', 'a\nb\tc\rd', 'a\\nb\\tc\\rd'],
    ['other control characters as \\u00XX (uppercase)', '\u0001\u001f', '\\u0001\\u001F'],
    ['non-ASCII as \\uXXXX, uppercase hex', 'é€', '\\u00E9\\u20AC'],
    ['astral characters as two UTF-16 escapes', '😀', '\\uD83D\\uDE00'],
  ])('%s', (_name, input, expected) => {
    expect(render('$util.escapeJavaScript($input.path("$.s"))', { body: JSON.stringify({ s: input }) })).toBe(expected);
  });

  it('DG: $util.escapeJavaScript(data).replaceAll("\\\\\'","\'") turns the escaped quotes back', () => {
    expect(
      render('$util.escapeJavaScript($input.path("$.s")).replaceAll("\\\\\'","\'")', {
        body: '{"s": "it\'s \\"ok\\""}',
      }),
    ).toBe('it\'s \\"ok\\"');
  });

  it('DG: escapeJavaScript($input.json(...)) escapes the JSON text', () => {
    expect(render("$util.escapeJavaScript($input.json('$.message'))", { body: '{"message":"foobar"}' })).toBe(
      '\\"foobar\\"',
    );
  });

  it('null gives null (renders nothing)', () => {
    expect(render('[$util.escapeJavaScript($input.path("$.missing"))]', { body: '{}' })).toBe('[]');
  });
});

describe('$util.parseJson', () => {
  it('DG vector: parse a stringified errorMessage and index into it', () => {
    const template =
      '#set ($errorMessageObj = $util.parseJson($input.path(\'$.errorMessage\')))\n{\n   "errorMessageObjKey2ArrVal" : $errorMessageObj.key2.arr[0]\n}\n';
    const out = render(template, { body: '{"errorMessage":"{\\"key1\\":\\"var1\\",\\"key2\\":{\\"arr\\":[1,2,3]}}"}' });
    expect(out).toBe('{\n   "errorMessageObjKey2ArrVal" : 1\n}\n');
  });

  it.each([
    ['a number', "$util.parseJson('42')", '42'],
    ['a boolean', "$util.parseJson('true')", 'true'],
    ['an object prints as a Java map', '$util.parseJson(\'{"a": [1, 2.0]}\')', '{a=[1,2.0]}'],
    ['a property of the result', '$util.parseJson(\'{"a": {"b": "c"}}\').a.b', 'c'],
  ])('%s', (_name, template, expected) => {
    expect(render(template)).toBe(expected);
  });

  it('malformed JSON fails the render with the JSON position', () => {
    expect(renderError('$util.parseJson(\'{"a": }\')').message).toMatch(/parseJson: not valid JSON.*column 7/);
  });
});

describe('$util.urlEncode / urlDecode (application/x-www-form-urlencoded, Java URLEncoder)', () => {
  it.each([
    ['LS-snap test_input_body_formatting: JSON body', '{"some": "value"}', '%7B%22some%22%3A+%22value%22%7D'],
    ['LS-snap: a raw string, space becomes +', 'some raw data', 'some+raw+data'],
    ['unreserved characters . - * _ are kept, ~ is not (Java URLEncoder)', 'a.b-c*d_e~f', 'a.b-c*d_e%7Ef'],
    ['UTF-8 bytes, uppercase hex', 'é €', '%C3%A9+%E2%82%AC'],
  ])('%s', (_name, input, expected) => {
    expect(render('$util.urlEncode($input.body)', { body: input })).toBe(expected);
  });

  it('LS-snap: urlEncode of the empty payload ({}) and of a null reference', () => {
    expect(
      render('EncodedBody=$util.urlEncode($input.body)&EncodedBodyAccess=$util.urlEncode($input.body.testAccess)', {
        body: '',
      }),
    ).toBe('EncodedBody=%7B%7D&EncodedBodyAccess=');
  });

  it.each([
    ['+ becomes a space', 'a+b%26c%3Dd', 'a b&c=d'],
    ['UTF-8 sequences', '%C3%A9t%C3%A9', 'été'],
  ])('urlDecode: %s', (_name, input, expected) => {
    expect(render('$util.urlDecode($input.body)', { body: input })).toBe(expected);
  });

  it('urlDecode of a broken escape fails like Java (IllegalArgumentException)', () => {
    expect(renderError("$util.urlDecode('100%')").message).toMatch(/Incomplete trailing escape/);
    expect(renderError("$util.urlDecode('%zz')").message).toMatch(/Illegal hex characters/);
  });
});

describe('$util.base64Encode / base64Decode (UTF-8, standard alphabet with padding)', () => {
  it.each([
    ['ASCII', 'Hello World', 'SGVsbG8gV29ybGQ='],
    ['UTF-8 text', 'héllo', 'aMOpbGxv'],
    ['JSON', '{"message": "path1"}', 'eyJtZXNzYWdlIjogInBhdGgxIn0='],
  ])('%s', (_name, plain, encoded) => {
    expect(render('$util.base64Encode($input.body)', { body: plain })).toBe(encoded);
    expect(render('$util.base64Decode($input.body)', { body: encoded })).toBe(plain);
  });

  it('LS-snap: a base64 path parameter decoded and parsed with parseJson', () => {
    const out = render("$util.parseJson($util.base64Decode($input.params('testPath'))).message", {
      path: { testPath: 'eyJtZXNzYWdlIjogInBhdGgxIn0=' },
    });
    expect(out).toBe('path1');
  });

  it('invalid base64 fails like java.util.Base64', () => {
    expect(renderError("$util.base64Decode('not base64!')").message).toMatch(/IllegalArgumentException/);
  });
});

describe('other $util names', () => {
  it('an unknown $util function renders nothing and the render goes on (re:Post answer, docs/apigw-behaviour.md#util)', () => {
    expect(render("a$util.hmacSha256('x')b$util.qr('y')c")).toBe('abc');
  });
});
