// Response template selection, docs/apigw-behaviour.md#response-template-selection. Source: DG
// request-response-data-mappings ("API Gateway uses the Accept header ... If no Accept header, application/json; no
// matching template -> the first template; no templates -> passthrough"), DG api-gateway-payload-encodings (only the
// first Accept media type counts).
import { describe, expect, it } from 'vitest';
import { selectResponseTemplate } from '../../src/engine/response/select-response-template.ts';

const both = { 'application/json': 'JSON', 'application/xml': 'XML' };

describe('selectResponseTemplate', () => {
  it.each([
    ['no Accept -> application/json', both, undefined, 'application/json', 'JSON'],
    ['Accept application/xml -> xml template', both, 'application/xml', 'application/xml', 'XML'],
    ['parameters are dropped', both, 'application/xml; charset=utf-8', 'application/xml', 'XML'],
    [
      'only the first Accept media type counts',
      both,
      'application/xml, application/json;q=0.9',
      'application/xml',
      'XML',
    ],
    ['no template for Accept -> the first template', both, 'text/html', 'application/json', 'JSON'],
    [
      'DG: only an xml template and no Accept -> the xml template is used',
      { 'application/xml': 'XML' },
      undefined,
      'application/xml',
      'XML',
    ],
    ['no templates -> passthrough', {}, 'application/json', null, null],
    ['undefined templates -> passthrough', undefined, undefined, null, null],
    [
      'DG: an empty application/json template gives an unmapped passthrough',
      { 'application/xml': 'XML', 'application/json': '' },
      undefined,
      'application/json',
      null,
    ],
  ])('%s', (_name, templates, accept, key, template) => {
    const choice = selectResponseTemplate(templates, accept);
    expect(choice.matchedKey).toBe(key);
    expect(choice.template).toBe(template);
  });
});
