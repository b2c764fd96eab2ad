// Filling an integration URI: `${stageVariables.NAME}` references
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html),
// `{name}` placeholders from integration.request.path.* mappings
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html), and mapped query
// strings appended to the URL.

/**
 * `${stageVariables.x}` (and `${stageVariables['x']}`) -> the value; an unset variable becomes empty (undocumented).
 */
export function substituteStageVariables(text: string, stageVariables: Record<string, string>): string {
  return text.replace(
    /\$\{stageVariables(?:\.([A-Za-z0-9_]+)|\[['"]([A-Za-z0-9_]+)['"]\])\}/g,
    (_m, dotted, quoted) => {
      return stageVariables[(dotted ?? quoted) as string] ?? '';
    },
  );
}

/**
 * Percent-encodes a value for a URL: every character outside RFC 3986 `pchar` is encoded, but `/` is kept (a greedy
 * `{proxy+}` value spans several segments) and existing `%XX` escapes are kept (path parameters reach API Gateway
 * still encoded, docs/apigw-behaviour.md#http-proxy, so encoding them again would double-encode).
 */
export function encodeUriValue(value: string): string {
  return value.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@%/]/gu, (c) => encodeURIComponent(c));
}

/** Replaces `{name}` placeholders that have a mapped value; others stay as written. */
export function fillPlaceholders(uri: string, values: Record<string, string>): string {
  return uri.replace(/\{([a-zA-Z0-9._$-]+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? encodeUriValue(values[name]!) : whole,
  );
}

/** Appends query string parameters (each value repeated: `a=1&a=2`) to a URL that may already have a query. */
export function appendQuery(url: string, query: Record<string, readonly string[]>): string {
  const pairs: string[] = [];
  for (const [name, values] of Object.entries(query)) {
    for (const v of values) pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(v)}`);
  }
  if (pairs.length === 0) return url;
  const hash = url.indexOf('#');
  const base = hash >= 0 ? url.slice(0, hash) : url;
  const sep = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${sep}${pairs.join('&')}`;
}

/** The integration's HTTP method: `ANY` (or none) means the client's method (docs/apigw-behaviour.md#http-proxy). */
export function integrationMethod(configured: string | null | undefined, clientMethod: string): string {
  return !configured || configured.toUpperCase() === 'ANY' ? clientMethod : configured.toUpperCase();
}
