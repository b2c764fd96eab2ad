// The calls a diff writes, case by case, with the paths and ops API Gateway documents for each resource
// (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html), and the applier refusing what API
// Gateway refuses (an op a path does not take; a mapping from an undeclared method.request.* parameter:
// https://github.com/aws/aws-cdk/issues/17318).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { applyCalls, PatchRefused, patchCalls, patchScript, storedMethod } from '../../src/formats/patch/index.ts';
import type { Design } from '../../src/model/types.ts';
import { editedDesign, loadDesign } from './helpers/designs.ts';

const http = (): Design => loadDesign('http');
const edited = (edit: (d: Design) => void): Design => editedDesign('http', edit);

describe('patch calls for one change', () => {
  it.each([
    {
      name: 'a renamed template content type is a remove and an add, "/" written "~1"',
      edit: (d: Design) => {
        const t = d.integration.requestTemplates!;
        t['application/vnd.pets+json'] = t['application/json']!;
        delete t['application/json'];
      },
      calls: [
        {
          operation: 'UpdateIntegration',
          patchOperations: [
            { op: 'remove', path: '/requestTemplates/application~1json' },
            {
              op: 'add',
              path: '/requestTemplates/application~1vnd.pets+json',
              value: http().integration.requestTemplates!['application/json'],
            },
          ],
        },
      ],
    },
    {
      name: 'a changed scalar is a replace with a string value',
      edit: (d: Design) => {
        d.integration.timeoutInMillis = 5000;
      },
      calls: [
        {
          operation: 'UpdateIntegration',
          patchOperations: [{ op: 'replace', path: '/timeoutInMillis', value: '5000' }],
        },
      ],
    },
    {
      name: 'a cache key parameter is added and removed by value',
      edit: (d: Design) => {
        d.integration.cacheKeyParameters = ['method.request.header.X-Trace'];
      },
      calls: [
        {
          operation: 'UpdateIntegration',
          patchOperations: [
            { op: 'remove', path: '/cacheKeyParameters/method.request.path.petId' },
            { op: 'add', path: '/cacheKeyParameters/method.request.header.X-Trace' },
          ],
        },
      ],
    },
    {
      name: 'a mapping from a new header declares it on the method first',
      edit: (d: Design) => {
        d.integration.requestParameters!['integration.request.header.X-Tenant'] = 'method.request.header.X-Tenant';
      },
      calls: [
        {
          operation: 'UpdateMethod',
          patchOperations: [{ op: 'add', path: '/requestParameters/method.request.header.X-Tenant', value: 'false' }],
        },
        {
          operation: 'UpdateIntegration',
          patchOperations: [
            {
              op: 'add',
              path: '/requestParameters/integration.request.header.X-Tenant',
              value: 'method.request.header.X-Tenant',
            },
          ],
        },
      ],
    },
    {
      name: 'a new integration response with a header puts its method response first',
      edit: (d: Design) => {
        d.integration.integrationResponses!['409'] = {
          statusCode: '409',
          selectionPattern: '409',
          responseParameters: { 'method.response.header.Retry-After': "'5'" },
        };
      },
      calls: [
        {
          operation: 'PutMethodResponse',
          statusCode: '409',
          input: { statusCode: '409', responseParameters: { 'method.response.header.Retry-After': false } },
        },
        {
          operation: 'PutIntegrationResponse',
          statusCode: '409',
          input: {
            statusCode: '409',
            selectionPattern: '409',
            responseParameters: { 'method.response.header.Retry-After': "'5'" },
          },
        },
      ],
    },
    {
      name: 'a removed integration response is deleted; its method response stays while the design keeps it',
      edit: (d: Design) => {
        delete d.integration.integrationResponses!['404'];
      },
      calls: [{ operation: 'DeleteIntegrationResponse', statusCode: '404' }],
    },
    {
      name: 'a changed selection pattern is an UpdateIntegrationResponse',
      edit: (d: Design) => {
        d.integration.integrationResponses!['404']!.selectionPattern = '.*not found.*';
      },
      calls: [
        {
          operation: 'UpdateIntegrationResponse',
          statusCode: '404',
          patchOperations: [{ op: 'replace', path: '/selectionPattern', value: '.*not found.*' }],
        },
      ],
    },
  ])('$name', ({ edit, calls }) => {
    expect(patchCalls(http(), edited(edit)).calls).toEqual(calls);
  });

  it('a type change is a PutIntegration followed by every integration response', () => {
    const after = edited((d) => {
      d.integration.type = 'HTTP_PROXY';
    });
    const { calls } = patchCalls(http(), after);
    expect(calls.map((c) => `${c.operation} ${c.statusCode ?? ''}`.trim())).toEqual([
      'PutIntegration',
      'PutIntegrationResponse 200',
      'PutIntegrationResponse 404',
      'PutIntegrationResponse 500',
    ]);
    expect(calls[0]!.input).toMatchObject({ type: 'HTTP_PROXY', integrationHttpMethod: 'PUT' });
  });

  it('another verb or resource is a warning (the calls patch one method)', () => {
    const after = edited((d) => {
      d.method.httpMethod = 'PUT';
    });
    expect(patchCalls(http(), after).warnings[0]).toMatch(/^method: POST \/pets\/\{petId\} -> PUT/);
  });
});

describe('the applier refuses what API Gateway refuses', () => {
  it.each([
    [
      'remove on a replace-only field',
      { operation: 'UpdateIntegration', patchOperations: [{ op: 'remove', path: '/uri' }] },
      /only replace/,
    ],
    [
      'replace of a missing template',
      {
        operation: 'UpdateIntegration',
        patchOperations: [{ op: 'replace', path: '/requestTemplates/text~1csv', value: 'x' }],
      },
      /no such key/,
    ],
    [
      'a mapping from an undeclared parameter',
      {
        operation: 'UpdateIntegration',
        patchOperations: [
          { op: 'add', path: '/requestParameters/integration.request.header.A', value: 'method.request.header.Nope' },
        ],
      },
      /Invalid mapping expression parameter specified: method.request.header.Nope/,
    ],
    [
      'an update of a missing integration response',
      { operation: 'UpdateIntegrationResponse', statusCode: '302', patchOperations: [] },
      /no integration response 302/,
    ],
    [
      'an integration response mapping an undeclared header',
      {
        operation: 'PutIntegrationResponse',
        statusCode: '404',
        input: { statusCode: '404', responseParameters: { 'method.response.header.X-No': "'1'" } },
      },
      /Invalid mapping expression specified: method.response.header.X-No/,
    ],
  ] as const)('%s', (_name, call, message) => {
    expect(() => applyCalls(storedMethod(http()), [call as never])).toThrow(PatchRefused);
    expect(() => applyCalls(storedMethod(http()), [call as never])).toThrow(message);
  });
});

describe('the AWS CLI script', () => {
  it('passes bash -n and carries quotes in templates intact', () => {
    const after = edited((d) => {
      d.integration.requestTemplates!['text/plain'] = 'it\'s $input.body and "quoted" `backticks`';
      d.integration.integrationResponses!['409'] = { statusCode: '409', selectionPattern: '-409' };
    });
    const script = patchScript(patchCalls(http(), after).calls, 'POST', 'test');
    execFileSync('bash', ['-n'], { input: script });
    expect(script).toContain("--patch-operations '[");
    expect(script).toContain("it'\\''s $input.body");
    const retyped = edited((d) => {
      d.integration.type = 'HTTP_PROXY';
    });
    const put = patchScript(patchCalls(http(), retyped).calls, 'POST', 'test');
    execFileSync('bash', ['-n'], { input: put });
    expect(put).toContain('aws apigateway put-integration \\\n  --rest-api-id "$REST_API_ID"');
  });
});
