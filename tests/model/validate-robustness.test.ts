// validateDesign also receives hand-made objects (the UI store, tests, imports before restore): whatever their shape,
// it reports problems instead of throwing. Expected paths follow docs/design-contracts.md#design-document (the design
// document).
import { describe, expect, it } from 'vitest';
import { defaultDesign, validateDesign } from '../../src/model/index.ts';
import type { Design } from '../../src/model/index.ts';

const d = defaultDesign();
const odd: [string, unknown, string][] = [
  ['an empty object', {}, 'integration'],
  ['integration null', { ...d, integration: null }, 'integration'],
  ['method a string', { ...d, method: 'GET /' }, 'method'],
  ['api an array', { ...d, api: [] }, 'api'],
  [
    'requestParameters an array',
    { ...d, integration: { ...d.integration, requestParameters: ['x'] } },
    'integration.requestParameters',
  ],
  [
    'requestTemplates a string',
    { ...d, integration: { ...d.integration, requestTemplates: '{}' } },
    'integration.requestTemplates',
  ],
  [
    'an integration response null',
    { ...d, integration: { ...d.integration, integrationResponses: { '200': null } } },
    'integration.integrationResponses["200"]',
  ],
  [
    'selectionPattern a number',
    {
      ...d,
      integration: { ...d.integration, integrationResponses: { '200': { statusCode: '200', selectionPattern: 4 } } },
    },
    'integration.integrationResponses["200"].selectionPattern',
  ],
  [
    'responseParameters a string',
    {
      ...d,
      integration: {
        ...d.integration,
        integrationResponses: { '200': { statusCode: '200', responseParameters: 'x' } },
      },
    },
    'integration.integrationResponses["200"].responseParameters',
  ],
  [
    'cacheKeyParameters a string',
    { ...d, integration: { ...d.integration, cacheKeyParameters: 'method.request.path.petId' } },
    'integration.cacheKeyParameters',
  ],
  ['methodResponses an array', { ...d, methodResponses: [] }, 'methodResponses'],
  ['uri a number', { ...d, integration: { ...d.integration, uri: 42 } }, 'integration.uri'],
  ['type missing', { ...d, integration: { ...d.integration, type: undefined } }, 'integration.type'],
];

describe('validateDesign never throws on odd shapes', () => {
  it.each(odd)('%s', (_name, design, path) => {
    const problems = validateDesign(design as Design);
    expect(problems.map((p) => p.path)).toContain(path);
  });
});
