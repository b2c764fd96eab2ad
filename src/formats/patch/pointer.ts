// JSON Pointer segments (RFC 6901): "~" is written "~0" and "/" "~1", so `application/json` is `application~1json`, as
// API Gateway's patch paths write content types
// (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).

export function escapeSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointer(...keys: string[]): string {
  return keys.map((k) => `/${escapeSegment(k)}`).join('');
}

/** "/requestTemplates/application~1json" -> ["requestTemplates", "application/json"]. */
export function segments(path: string): string[] {
  if (!path.startsWith('/')) throw new Error(`patch path must start with "/": ${path}`);
  return path.slice(1).split('/').map(unescapeSegment);
}
