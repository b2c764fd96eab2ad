// $input: body, json(x), path(x), params(), params(x).
// DG = https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
// LS-snap = real-AWS recordings in LocalStack's validated snapshots (docs/apigw-behaviour.md#input).
import { describe, expect, it } from 'vitest';
import { render, renderError } from './render-helper.ts';

const PETS =
  '{"pets":[{"id":1,"type":"dog","price":249.99},{"id":2,"type":"cat","price":124.99},{"id":3,"type":"fish","price":0.99}]}';

describe('$input.body', () => {
  it.each([
    [
      'raw payload as a string (DG: "Returns the raw request payload as a string")',
      '{"some": "value"}',
      '$input.body',
      '{"some": "value"}',
    ],
    [
      'a non-JSON payload is rendered verbatim (LS-snap test_input_body_formatting)',
      'some raw data',
      'Action=SendMessage&MessageBody=$input.body',
      'Action=SendMessage&MessageBody=some raw data',
    ],
    [
      'an empty payload renders as {} (LS-snap test_input_body_formatting)',
      '',
      'Action=SendMessage&MessageBody=$input.body',
      'Action=SendMessage&MessageBody={}',
    ],
    [
      'a property of the body string is null and renders nothing (LS-snap)',
      '{"a":1}',
      '#set($result = $input.body.testAccess)[$result]',
      '[]',
    ],
    ['no HTML escaping of the payload', '<h1>&</h1>', '$input.body', '<h1>&</h1>'],
  ])('%s', (_name, body, template, expected) => {
    expect(render(template, { body })).toBe(expected);
  });
});

describe('$input.json(x): the JSONPath result as JSON text (DG; Jayway JsonPath)', () => {
  it.each([
    ['$.pets is the pets structure as JSON', "$input.json('$.pets[0]')", '{"id":1,"type":"dog","price":249.99}'],
    ['a string value keeps its quotes', "$input.json('$.pets[1].type')", '"cat"'],
    ['a number', "$input.json('$.pets[2].price')", '0.99'],
    ['the whole payload, compact', "$input.json('$')", PETS],
    ['bracket notation', "$input.json(\"$['pets'][0]['type']\")", '"dog"'],
    ['negative index counts from the end (Jayway)', "$input.json('$.pets[-1].id')", '3'],
    ['an indefinite path (wildcard) gives a list', "$input.json('$.pets[*].type')", '["dog","cat","fish"]'],
    ['deep scan gives a list', "$input.json('$..id')", '[1,2,3]'],
    ['a filter gives a list', "$input.json('$.pets[?(@.price < 200)].type')", '["cat","fish"]'],
    ['a path without $ is read as $.path (Jayway)', "$input.json('pets[0].id')", '1'],
    ['a missing path renders nothing', "[$input.json('$.nothing.here')]", '[]'],
  ])('%s', (_name, template, expected) => {
    expect(render(template, { body: PETS })).toBe(expected);
  });

  it('DG "Example JSON Mapping Template Using $input": name from the query string, the whole body in an element', () => {
    const out = render('{\n    "name" : "$input.params(\'name\')",\n    "body" : $input.json(\'$\') \n}', {
      body: '{"a":[1,2]}',
      querystring: { name: 'Rex' },
    });
    expect(JSON.parse(out)).toEqual({ name: 'Rex', body: { a: [1, 2] } });
  });

  it('DG data-transformation tutorial (DynamoDB PutItem request template): $input.json of string fields', () => {
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-data-transformations-in-api-gateway.html
    const template =
      '{\n    "TableName":"data-transformation-tutorial-console-ddb",\n    "Item": {\n        "id": {\n            "N": $input.json("$.id")\n        },\n        "type": {\n            "S": $input.json("$.type")\n        },\n        "price": {\n            "N": $input.json("$.price")\n        }\n    }\n}';
    const out = render(template, { body: '{\n  "id": "4",\n  "type" : "dog",\n  "price": "321"\n}' });
    expect(JSON.parse(out)).toEqual({
      TableName: 'data-transformation-tutorial-console-ddb',
      Item: { id: { N: '4' }, type: { S: 'dog' }, price: { N: '321' } },
    });
  });

  it('an empty payload is read as {} (AWS, recorded 2015 by ToQoz/api-gateway-mapping-template)', () => {
    expect(render("$input.json('$')", { body: '' })).toBe('{}');
  });

  it('a payload that is not JSON is read as a string (json-smart permissive mode)', () => {
    expect(render("$input.json('$')", { body: 'a=b' })).toBe('"a=b"');
  });

  it('a malformed JSON object payload is an error with a position', () => {
    const e = renderError("$input.json('$.a')", { body: '{"a": }' });
    expect(e.message).toMatch(/not valid JSON.*line 1, column 7/);
  });
});

describe('$input.path(x): the JSONPath result as an object (DG)', () => {
  it.each([
    ['navigable object: $.pets has 3 elements, .size() is 3', "$input.path('$.pets').size()", '3'],
    ['DG: $input.path(\'$.pets\').count() returns "3"', "$input.path('$.pets').count()", '3'],
    ['a property of an element', "$input.path('$.pets')[1].type", 'cat'],
    ['usable in #foreach', "#foreach($p in $input.path('$.pets'))$p.id#end", '123'],
    ['a Double prints as Java prints it', "$input.path('$.pets[0].price')", '249.99'],
  ])('%s', (_name, template, expected) => {
    expect(render(template, { body: PETS })).toBe(expected);
  });

  // LS-snap test_input_path_template_formatting (recorded on AWS 2025-06-18): how results print.
  it.each([
    ['a JSON object prints as a Java map', '{"foo":"bar"}', '$result', '{foo=bar}'],
    ['a JSON array prints as compact JSON', '[{"foo":"bar"}]', '$result', '[{"foo":"bar"}]'],
    ['an array inside a map prints as JSON', '{"foo":[{"nested":"bar"}]}', '$result', '{foo=[{"nested":"bar"}]}'],
    ['a map inside an array', '[{"foo":"bar"}]', '$result[0]', '{foo=bar}'],
    [
      'keys in document order, ", " separated',
      '{"bigger":"dict","to":"test","with":"separators"}',
      '$result',
      '{bigger=dict, to=test, with=separators}',
    ],
    ['toString() of a map', '{"list":[{"foo":"bar"}]}', '$result.toString()', '{list=[{"foo":"bar"}]}'],
    ['an empty array', '{"listValue":[]}', '$result.listValue', '[]'],
  ])('%s', (_name, payload, expr, expected) => {
    expect(render(`#set($result = $input.path("$.json"))${expr}`, { body: `{"json": ${payload}}` })).toBe(expected);
  });

  it('a missing path renders nothing and equals both $null and "" (LS-snap)', () => {
    const template =
      '#set($result = $input.path("$.nonExisting")){"body": $result, "nested": $result.nested, "isNull": #if( $result == $null )"true"#else"false"#end, "isEmptyString": #if( $result == "" )"true"#else"false"#end}';
    expect(render(template, { body: '{"json": null}' })).toBe(
      '{"body": , "nested": , "isNull": "true", "isEmptyString": "true"}',
    );
  });

  it('an empty list is neither null nor "" (LS-snap)', () => {
    const template = '#set($r = $input.path("$.l"))#if($r == $null)null#end#if($r == "")empty#end$r';
    expect(render(template, { body: '{"l": []}' })).toBe('[]');
  });

  it('a template may change what it got without changing the next render (the parsed payload is cached)', () => {
    const body = '{"a":{"b":1}}';
    expect(render("#set($r = $input.path('$.a'))#set($d = $r.put('c', 2))$r", { body })).toBe('{b=1, c=2}');
    expect(render("$input.path('$.a')", { body })).toBe('{b=1}');
  });
});

describe('$input.params', () => {
  const params = { path: { id: 'abc' }, querystring: { id: 'q', name: 'Rex' }, header: { id: 'h', 'X-Trace': 't1' } };

  it.each([
    [
      'params(x) searches path first (DG: "path, query string, or header value (searched in that order)")',
      "$input.params('id')",
      'abc',
    ],
    ['then the query string', "$input.params('name')", 'Rex'],
    ['then the headers', "$input.params('X-Trace')", 't1'],
    ['a missing parameter renders nothing', "[$input.params('nope')]", '[]'],
    [
      'params() is a map of path, header, querystring (DG example output order)',
      '$input.params().keySet()',
      '[path, header, querystring]',
    ],
    ['params().header.get(x)', "$input.params().header.get('X-Trace')", 't1'],
    ['params().querystring as a map', '$input.params().querystring', '{id=q, name=Rex}'],
  ])('%s', (_name, template, expected) => {
    expect(render(template, params)).toBe(expected);
  });

  it('DG "Parameter Mapping Template Example" passes every parameter through', () => {
    const template = `#set($allParams = $input.params())
{
  "params" : {
    #foreach($type in $allParams.keySet())
    #set($params = $allParams.get($type))
    "$type" : {
      #foreach($paramName in $params.keySet())
      "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
      #if($foreach.hasNext),#end
      #end
    }
    #if($foreach.hasNext),#end
    #end
  }
}`;
    const out = render(template, {
      path: { petId: '42' },
      querystring: { type: 'dog' },
      header: { Accept: 'application/json' },
    });
    expect(JSON.parse(out.replace(/\\\//g, '/'))).toEqual({
      params: { path: { petId: '42' }, header: { Accept: 'application/json' }, querystring: { type: 'dog' } },
    });
  });

  it('DG "Example Request and Response Using $input" (/things/{id}); escapeJavaScript left out: the doc output shows plain JSON', () => {
    const template =
      '{\n    "id" : "$input.params(\'id\')",\n    "count" : "$input.path(\'$.things\').size()",\n    "things" : $input.json(\'$.things\')\n}';
    const out = render(template, {
      path: { id: 'abc' },
      body: '{\n    "things" : {\n        "1" : {},\n        "2" : {},\n        "3" : {}\n    }\n}',
    });
    expect(JSON.parse(out)).toEqual({ id: 'abc', count: '3', things: { 1: {}, 2: {}, 3: {} } });
  });
});
