// Whether a Content-Type is text (carried as a string) or binary (carried as base64 with isBase64Encoded) when the
// mocks and the fetch backend move bodies around. No Content-Type counts as text (typical of JSON APIs).
const TEXT_TYPES =
  /^(text\/|application\/(json|xml|javascript|ecmascript|x-www-form-urlencoded|graphql|x-amz-json-[\d.]+|x-ndjson|ld\+json|problem\+json|problem\+xml|soap\+xml|yaml|x-yaml)$|application\/[^;]*\+(json|xml)$)/;

export function isTextContentType(contentType: string | null | undefined): boolean {
  if (!contentType) return true;
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  return mime === '' || TEXT_TYPES.test(mime);
}
