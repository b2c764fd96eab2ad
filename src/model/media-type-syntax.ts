// Whether a string is written as a media type (`type/subtype`), for template keys and binaryMediaTypes.
// Matching media types against requests is the engine's job (src/engine/request/media-type.ts).

/** RFC 9110 §5.6.2 token characters; `*` is one of them, which is how `*\/*` and `image/*` are spelled. */
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}$`);

/**
 * `type/subtype` with no parameters. API Gateway refuses other keys with "Invalid content type specified: 123" (real
 * AWS, recorded in LocalStack's AWS-validated snapshot test_put_integration_response_validation; see
 * docs/apigw-behaviour.md#put-integration-validation). Whether it accepts `; charset=...` parameters in a key is not
 * documented; we refuse them because template selection drops parameters from the Content-Type before looking up the
 * key (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html), so such a key
 * could never match.
 */
export function isMediaType(text: string): boolean {
  return MEDIA_TYPE.test(text);
}

/** A template key must not use wildcards: it is looked up by the exact Content-Type / Accept MIME type. */
export function hasWildcard(mediaType: string): boolean {
  return mediaType.includes('*');
}
