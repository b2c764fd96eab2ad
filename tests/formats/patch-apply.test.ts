// Property test of the patch calls: for every golden fixture and example design, and each edit of it (every field
// added, removed, changed; templates added, removed, renamed with "/" in the content type; responses added and
// removed; parameters; type changes), applying diff(before, after) to what API Gateway stores for `before` — the way
// API Gateway applies patch operations (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html) —
// gives exactly what it stores for `after`.
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { applyCalls, diffDesigns, patchCalls, storedMethod } from '../../src/formats/patch/index.ts';
import { restoreDesign } from '../../src/model/restore.ts';
import type { Design } from '../../src/model/types.ts';

const FILES = globSync([
  'tests/fixtures/formats/designs/*.design.json',
  'tests/fixtures/designs/valid-*.json',
  'examples/*/*.design.json',
]).sort();
const load = (file: string): Design => restoreDesign(JSON.parse(readFileSync(file, 'utf8'))).design;

type Edit = (d: Design) => void;
const firstKey = (map: object | undefined) => Object.keys(map ?? {}).sort()[0];
const ir = (d: Design) => (d.integration.integrationResponses ??= {});

const EDITS: Record<string, Edit> = {
  'uri changed': (d) => {
    d.integration.uri = 'https://example.com/v2/{id}?q=a b';
  },
  'uri removed': (d) => {
    delete d.integration.uri;
  },
  'integration httpMethod changed': (d) => {
    d.integration.httpMethod = d.integration.httpMethod === 'PUT' ? 'POST' : 'PUT';
  },
  'credentials added or changed': (d) => {
    d.integration.credentials = 'arn:aws:iam::123456789012:role/apigw-new';
  },
  'credentials removed': (d) => {
    delete d.integration.credentials;
  },
  'passthroughBehavior changed': (d) => {
    d.integration.passthroughBehavior = d.integration.passthroughBehavior === 'NEVER' ? 'WHEN_NO_TEMPLATES' : 'NEVER';
  },
  'contentHandling added': (d) => {
    d.integration.contentHandling = 'CONVERT_TO_TEXT';
  },
  'contentHandling removed': (d) => {
    delete d.integration.contentHandling;
  },
  'timeoutInMillis changed': (d) => {
    d.integration.timeoutInMillis = 12345;
  },
  'cache key parameter added, namespace set': (d) => {
    d.integration.cacheNamespace = 'ns-1';
    d.integration.cacheKeyParameters = [...(d.integration.cacheKeyParameters ?? []), 'method.request.querystring.page'];
  },
  'cache key parameters removed': (d) => {
    delete d.integration.cacheKeyParameters;
    delete d.integration.cacheNamespace;
  },
  'tlsConfig insecureSkipVerification on': (d) => {
    d.integration.tlsConfig = { insecureSkipVerification: true };
  },
  'request parameter mapped from a new header': (d) => {
    d.integration.requestParameters = {
      ...d.integration.requestParameters,
      'integration.request.header.X-Trace': 'method.request.header.X-Trace-Id',
    };
  },
  'request parameter mapping changed': (d) => {
    const key = firstKey(d.integration.requestParameters);
    if (key) d.integration.requestParameters![key] = "'constant'";
  },
  'request parameters removed': (d) => {
    delete d.integration.requestParameters;
  },
  'template added for a content type with "/" and "~"': (d) => {
    d.integration.requestTemplates = {
      ...d.integration.requestTemplates,
      'application/vnd.api~v2+json': '{"q": "$input.params(\'q\')", "say": "it\'s ünïcode"}',
    };
  },
  'template removed': (d) => {
    const key = firstKey(d.integration.requestTemplates);
    if (key) delete d.integration.requestTemplates![key];
  },
  'template content type renamed': (d) => {
    const key = firstKey(d.integration.requestTemplates);
    if (!key) return;
    const text = d.integration.requestTemplates![key]!;
    delete d.integration.requestTemplates![key];
    d.integration.requestTemplates!['text/plain'] = text;
  },
  'template text changed': (d) => {
    const key = firstKey(d.integration.requestTemplates) ?? 'application/json';
    d.integration.requestTemplates = { ...d.integration.requestTemplates, [key]: '#set($x = 1)\n{"x": $x}\n' };
  },
  'integration response added with a header mapping': (d) => {
    ir(d)['418'] = {
      statusCode: '418',
      selectionPattern: '.*teapot.*',
      responseParameters: { 'method.response.header.X-Teapot': "'yes'" },
      responseTemplates: { 'text/html': '<p>short and stout</p>' },
    };
  },
  'integration response removed': (d) => {
    const key = firstKey(d.integration.integrationResponses);
    if (key) delete ir(d)[key];
  },
  'integration response selection pattern changed and removed': (d) => {
    for (const [i, r] of Object.values(ir(d)).entries()) {
      if (i % 2) delete r.selectionPattern;
      else r.selectionPattern = '5\\d{2}';
    }
  },
  'integration response template and content handling changed': (d) => {
    for (const r of Object.values(ir(d))) {
      r.responseTemplates = { ...r.responseTemplates, 'application/json': '$input.json("$")' };
      r.contentHandling = r.contentHandling ? null : 'CONVERT_TO_BINARY';
    }
  },
  'integration response headers removed': (d) => {
    for (const r of Object.values(ir(d))) delete r.responseParameters;
  },
  'method response added with a model': (d) => {
    d.methodResponses = {
      ...d.methodResponses,
      '201': { statusCode: '201', responseModels: { 'application/json': 'Empty' } },
    };
  },
  'method responses removed': (d) => {
    delete d.methodResponses;
  },
  'method request parameter added and one removed': (d) => {
    const params: Record<string, boolean> = { ...d.method.requestParameters, 'method.request.querystring.limit': true };
    const key = firstKey(d.method.requestParameters);
    if (key) delete params[key];
    d.method.requestParameters = params;
  },
  'type changed to MOCK': (d) => {
    d.integration.type = 'MOCK';
    delete d.integration.uri;
    delete d.integration.httpMethod;
  },
  'type changed to HTTP': (d) => {
    d.integration.type = 'HTTP';
    d.integration.httpMethod = 'GET';
    d.integration.uri = 'https://example.com/';
  },
};

function check(before: Design, after: Design): void {
  const { calls } = patchCalls(before, after);
  const applied = applyCalls(storedMethod(before), calls);
  expect(applied).toEqual(storedMethod(after));
  const same = JSON.stringify(storedMethod(before)) === JSON.stringify(storedMethod(after));
  // No calls and no listed change exactly when nothing API Gateway stores changed.
  expect(calls.length === 0).toBe(same);
  expect(diffDesigns(before, after).length === 0).toBe(same);
}

describe('apply(before, diff(before, after)) is after, on what API Gateway stores', () => {
  it('finds the fixtures and examples', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(FILES)('%s', (file) => {
    it.each(Object.keys(EDITS))('%s', (name) => {
      const before = load(file);
      const after = structuredClone(before);
      EDITS[name]!(after);
      check(before, after);
      // The way back too: removals become additions.
      check(after, before);
    });

    it('several edits at once, in both directions', () => {
      const names = Object.keys(EDITS);
      for (let seed = 1; seed <= 8; seed++) {
        const before = load(file);
        const after = structuredClone(before);
        for (let i = 0; i < names.length; i++) if ((i * 7 + seed * 13) % 5 === 0) EDITS[names[i]!]!(after);
        check(before, after);
        check(after, before);
      }
    });
  });

  it('every fixture into every other one (types, responses and parameters all different), on the same method', () => {
    const designs = FILES.map(load);
    for (const before of designs) {
      for (const other of designs) {
        // The calls patch one method: the other design is made a design of the same verb and resource.
        const after = {
          ...other,
          method: { ...other.method, httpMethod: before.method.httpMethod, resourcePath: before.method.resourcePath },
        };
        check(before, after);
      }
    }
  });
});
