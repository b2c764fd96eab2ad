// Media types as API Gateway compares them: template keys against Content-Type, binaryMediaTypes against payloads.

/**
 * The content type API Gateway assumes when a request has no Content-Type, for template selection (the passthrough
 * tables' row "None (default to application/json)",
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html).
 */
export const DEFAULT_CONTENT_TYPE = 'application/json';

/**
 * Whether requestTemplates keys match the Content-Type ignoring letter case. AWS does not document it (its docs only
 * show lowercase keys); media types are case-insensitive by RFC 9110 §8.3.1, so we choose case-insensitive.
 * Flip this one constant if real AWS turns out to compare exactly.
 */
export const TEMPLATE_KEY_MATCH_IGNORES_CASE = true;

/** Likewise for binaryMediaTypes entries (also undocumented; RFC says case-insensitive). */
export const BINARY_MEDIA_TYPE_MATCH_IGNORES_CASE = true;

/**
 * The MIME type alone: `application/json; charset=UTF-8` -> `application/json` (parameters are dropped when selecting a
 * template, https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html). Only the
 * first of several comma-separated values counts (API Gateway honours only the first Accept type,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html).
 */
export function mimeTypeOf(headerValue: string | undefined | null): string | null {
  if (headerValue == null) return null;
  const first = headerValue.split(',')[0]!;
  const mime = first.split(';')[0]!.trim();
  return mime === '' ? null : mime;
}

/** The content type used for template selection: the MIME type of Content-Type, or application/json when absent. */
export function effectiveContentType(contentTypeHeader: string | undefined | null): string {
  return mimeTypeOf(contentTypeHeader) ?? DEFAULT_CONTENT_TYPE;
}

/** The requestTemplates (or responseTemplates) key for a MIME type, or null when none matches. */
export function findTemplateKey(templates: Record<string, string> | undefined | null, mime: string): string | null {
  if (!templates) return null;
  if (Object.hasOwn(templates, mime)) return mime;
  if (!TEMPLATE_KEY_MATCH_IGNORES_CASE) return null;
  const wanted = mime.toLowerCase();
  return Object.keys(templates).find((k) => k.toLowerCase() === wanted) ?? null;
}

/**
 * Whether a MIME type is binary for this API: it matches an entry of binaryMediaTypes, where `*\/*` matches every type
 * and `image/*` every image type
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html).
 */
export function isBinaryMediaType(
  mime: string | null,
  binaryMediaTypes: readonly string[] | undefined | null,
): boolean {
  if (!mime || !binaryMediaTypes || binaryMediaTypes.length === 0) return false;
  const norm = (s: string) => (BINARY_MEDIA_TYPE_MATCH_IGNORES_CASE ? s.trim().toLowerCase() : s.trim());
  const [type, subtype] = norm(mime).split('/');
  return binaryMediaTypes.some((entry) => {
    const [t, s] = norm(entry).split('/');
    return (t === '*' || t === type) && (s === '*' || s === subtype);
  });
}
