// Plain-language explanations of the integration settings, from the API Gateway Developer Guide: passthrough:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html content handling:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html integration
// types: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html
import type { ContentHandling, IntegrationType, PassthroughBehavior } from '../../model/types.ts';

export const PASSTHROUGH_EXPLANATIONS: Record<PassthroughBehavior, string> = {
  WHEN_NO_MATCH:
    'Sends the body through untransformed when no template matches the Content-Type; a matching template is applied.',
  WHEN_NO_TEMPLATES:
    'Sends the body through only when no templates are defined at all; if templates exist and none matches the Content-Type, the request is rejected with 415 Unsupported Media Type.',
  NEVER:
    'Never sends the body through: a request whose Content-Type has no template is rejected with 415 Unsupported Media Type.',
};

export const CONTENT_HANDLING_EXPLANATIONS: Record<ContentHandling | 'NONE', string> = {
  NONE: 'Passthrough: the body goes to the backend as it arrived (text as text, binary as binary).',
  CONVERT_TO_BINARY:
    'Decodes the body from a base64 string into binary before sending it (a body that is not base64 fails with 500).',
  CONVERT_TO_TEXT: 'Encodes a binary body as a base64 string before sending it; a text body stays text.',
};

export const INTEGRATION_TYPE_EXPLANATIONS: Record<IntegrationType, string> = {
  HTTP: 'An HTTP backend, with mapping templates and parameter mappings transforming the request.',
  HTTP_PROXY: 'An HTTP backend that receives the request as the client sent it (no templates).',
  AWS: 'An AWS service action (or a Lambda function) called with a request your templates build.',
  AWS_PROXY: 'A Lambda function that receives the whole request as an event (Lambda proxy integration).',
  MOCK: 'No backend: API Gateway answers itself, choosing the integration response from the statusCode the request template returns.',
};
