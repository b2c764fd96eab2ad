// Valid mapping sources and targets:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html
import { describe, expect, it } from 'vitest';
import { cacheKeyCandidates, sourceSuggestions, targetSuggestions } from '../../src/ui/forms/parameter-suggestions.ts';
import { fixtureDesign } from '../store/fixture-design.ts';

function design() {
  const d = fixtureDesign();
  d.method.requestParameters = { 'method.request.header.X-Trace': false, 'method.request.querystring.verbose': false };
  d.api.stageVariables = { backend: 'pets.example.com' };
  d.integration.uri = 'https://${stageVariables.backend}/pets/{id}/{kind}';
  return d;
}

describe('request parameter suggestions', () => {
  it('sources: declared and path parameters, body, stage variables, context variables (no wildcards), a static value', () => {
    const s = sourceSuggestions(design());
    expect(s.slice(0, 5)).toEqual([
      'method.request.path.petId',
      'method.request.header.X-Trace',
      'method.request.querystring.verbose',
      'method.request.body',
      'stageVariables.backend',
    ]);
    expect(s).toContain('context.identity.sourceIp');
    expect(s.some((x) => x.includes('*'))).toBe(false);
    expect(s.at(-1)).toBe("'static value'");
  });

  it('targets: the URI placeholders (not stage variables), then declared query/header names', () => {
    expect(targetSuggestions(design())).toEqual([
      'integration.request.path.id',
      'integration.request.path.kind',
      'integration.request.header.X-Trace',
      'integration.request.querystring.verbose',
      'integration.request.header.',
      'integration.request.querystring.',
    ]);
  });

  it('cache key candidates are the method request parameters used as sources, plus the ones already chosen', () => {
    const d = design();
    d.integration.requestParameters = {
      'integration.request.path.id': 'method.request.path.petId',
      'integration.request.header.x': "'static'",
    };
    d.integration.cacheKeyParameters = ['method.request.querystring.verbose'];
    expect(cacheKeyCandidates(d.integration.requestParameters, d.integration.cacheKeyParameters)).toEqual([
      'method.request.path.petId',
      'method.request.querystring.verbose',
    ]);
  });
});
