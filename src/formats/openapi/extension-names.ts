// Spellings of API Gateway's OpenAPI extensions.
// Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
//          https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html
//          https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-any-method.html
//          https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-binary-media-types.html
import { INTEGRATION_FIELDS } from '../../model/serialize.ts';

export const INTEGRATION_EXTENSION = 'x-amazon-apigateway-integration';
export const ANY_METHOD_KEY = 'x-amazon-apigateway-any-method';
export const BINARY_MEDIA_TYPES_EXTENSION = 'x-amazon-apigateway-binary-media-types';
/** The key of the integration response without a selection pattern ("default to catch any response"). */
export const DEFAULT_RESPONSE_KEY = 'default';

/** OpenAPI operation keys, each with the method verb API Gateway gives it. */
export const OPERATION_KEYS: Record<string, string> = {
  get: 'GET',
  put: 'PUT',
  post: 'POST',
  delete: 'DELETE',
  options: 'OPTIONS',
  head: 'HEAD',
  patch: 'PATCH',
  [ANY_METHOD_KEY]: 'ANY',
};

export function operationKey(verb: string): string {
  const upper = verb.toUpperCase();
  return upper === 'ANY' ? ANY_METHOD_KEY : upper.toLowerCase();
}

/** Integration fields that the extension spells in lower case (`http_proxy`, `when_no_match`). */
export const LOWERCASE_FIELDS = ['type', 'passthroughBehavior'] as const;

/** The extension's field order (as in the reference page); `responses` replaces integrationResponses. */
export const EXTENSION_FIELDS = INTEGRATION_FIELDS.filter((f) => f !== 'integrationResponses');
