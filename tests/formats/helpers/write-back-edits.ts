// The kinds of edit a user makes in the designer, each applied to a copy of a design read from an API definition;
// write-back tests write each into the file and read it back. Field meanings: GetIntegration's
// (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html) and PutMethodResponse's
// (https://docs.aws.amazon.com/apigateway/latest/api/API_MethodResponse.html).
import type { Design } from '../../../src/model/types.ts';

export const EDITED_TEMPLATE = `#set($b = $input.path('$'))\n{\n  "edited": "$util.escapeJavaScript($b.name)"\n}\n`;

export type Edit = (d: Design) => void;

export const EDITS: Array<[string, Edit]> = [
  [
    'a request template rewritten (a multi-line literal block in YAML)',
    (d) => {
      d.integration.requestTemplates ??= {};
      const templates = d.integration.requestTemplates;
      templates[Object.keys(templates)[0] ?? 'application/json'] = EDITED_TEMPLATE;
    },
  ],
  [
    'a request template added',
    (d) => {
      d.integration.requestTemplates = { ...d.integration.requestTemplates, 'text/plain': '$input.body' };
    },
  ],
  [
    'a request template removed',
    (d) => {
      const templates = d.integration.requestTemplates ?? {};
      delete templates[Object.keys(templates)[0] ?? ''];
    },
  ],
  [
    'timeoutInMillis',
    (d) => {
      d.integration.timeoutInMillis = 12345;
    },
  ],
  [
    'passthroughBehavior',
    (d) => {
      d.integration.passthroughBehavior = 'NEVER';
    },
  ],
  [
    'contentHandling',
    (d) => {
      d.integration.contentHandling = 'CONVERT_TO_TEXT';
    },
  ],
  [
    'uri',
    (d) => {
      if (d.integration.type === 'MOCK') return;
      d.integration.uri = d.integration.uri?.startsWith('arn:')
        ? d.integration.uri.replace(/^arn:aws:apigateway:[^:]*:/, 'arn:aws:apigateway:eu-west-1:')
        : 'https://edited.example.com/v2';
    },
  ],
  [
    'credentials',
    (d) => {
      d.integration.credentials = 'arn:aws:iam::123456789012:role/edited';
    },
  ],
  [
    'a request parameter mapped',
    (d) => {
      d.integration.requestParameters = {
        ...d.integration.requestParameters,
        'integration.request.header.X-Edited': "'yes'",
      };
    },
  ],
  [
    'cache key parameters (and the method request parameter they name)',
    (d) => {
      d.integration.cacheNamespace = 'edited';
      d.integration.cacheKeyParameters = ['method.request.header.X-Key'];
      d.method.requestParameters = { ...d.method.requestParameters, 'method.request.header.X-Key': false };
    },
  ],
  [
    'an integration response added with its method response',
    (d) => {
      d.integration.integrationResponses = {
        ...d.integration.integrationResponses,
        '502': {
          statusCode: '502',
          selectionPattern: '.*Bad Gateway.*',
          responseParameters: { 'method.response.header.X-Error': "'upstream'" },
          responseTemplates: { 'application/json': '{"message": "$input.path(\'$.errorMessage\')"}' },
        },
      };
      d.methodResponses = {
        ...d.methodResponses,
        '502': { statusCode: '502', responseParameters: { 'method.response.header.X-Error': false } },
      };
    },
  ],
  [
    'a response template rewritten',
    (d) => {
      const responses = d.integration.integrationResponses ?? {};
      const first = Object.values(responses)[0];
      if (!first) return;
      first.responseTemplates ??= {};
      const templates = first.responseTemplates;
      templates[Object.keys(templates)[0] ?? 'application/json'] = "#foreach($i in $input.path('$'))\n$i\n#end";
    },
  ],
  [
    'an integration response removed',
    (d) => {
      const codes = Object.keys(d.integration.integrationResponses ?? {});
      if (codes.length > 1) delete d.integration.integrationResponses![codes[codes.length - 1]!];
    },
  ],
  [
    'a method request parameter declared',
    (d) => {
      d.method.requestParameters = { ...d.method.requestParameters, 'method.request.querystring.q': true };
    },
  ],
  [
    'binary media types',
    (d) => {
      d.api.binaryMediaTypes = [...(d.api.binaryMediaTypes ?? []), 'image/webp'];
    },
  ],
];
