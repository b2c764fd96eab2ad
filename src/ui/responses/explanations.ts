// IntegrationResponse.contentHandling in plain words: how the backend's payload is converted on its way to the client,
// together with the Accept header and binaryMediaTypes
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html, the
// response table). The engine decides each case; these words only describe the setting.
import type { ContentHandling } from '../../model/types.ts';

export const RESPONSE_CONTENT_HANDLING_EXPLANATIONS: Record<ContentHandling | 'NONE', string> = {
  NONE: "Passthrough: the backend's payload goes to the client as it is, unless the Accept header and binaryMediaTypes ask for a conversion.",
  CONVERT_TO_BINARY:
    'Decodes a base64 text payload into binary for the client (a payload that is not base64 fails with 500).',
  CONVERT_TO_TEXT: 'Encodes a binary payload as a base64 string for the client; a text payload stays text.',
};
