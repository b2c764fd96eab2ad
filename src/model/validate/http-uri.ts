// integration.uri for HTTP and HTTP_PROXY: "a fully formed, encoded HTTP(S) URL according to the RFC-3986
// specification" (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html, `uri`), on the ports "80,
// 443, and 1024-65535" (https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html).
// `${stageVariables.x}` may stand for the host, part of it, a path part or a query value
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html), and
// `{name}` placeholders are filled from integration.request.path.name mappings.
import {
  PARAMETER_NAME_PATTERN,
  STAGE_VARIABLE_NAME_PATTERN,
  STAGE_VARIABLE_REFERENCE,
  stageVariableReferences,
  uriPlaceholders,
} from '../names.ts';
import type { ProblemList } from './problem-list.ts';

/** Real API Gateway's message for `uri: "non-valid-http"` (docs/apigw-behaviour.md#put-integration-validation). */
export const INVALID_HTTP_URI_MESSAGE = 'Invalid HTTP endpoint specified for URI';

/** RFC 3986 characters (unreserved, reserved, and `%` for percent-encoding); `{` `}` are allowed for placeholders. */
const URI_CHARACTER = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;={}%]/;

export function checkHttpUri(uri: string, out: ProblemList): void {
  const path = 'integration.uri';
  for (const name of stageVariableReferences(uri)) {
    if (!STAGE_VARIABLE_NAME_PATTERN.test(name)) {
      out.error(path, `\${stageVariables.${name}}: a stage variable name has only letters, digits and underscores`);
      return;
    }
  }
  // Stand-ins that are valid in a host and a path, so that the URL parser sees the shape of the final URL.
  const concrete = uri.replace(STAGE_VARIABLE_REFERENCE, 'stagevariable').replace(/\{[^{}]*\}/g, 'placeholder');
  const bad = [...concrete].findIndex((c) => !URI_CHARACTER.test(c));
  if (bad >= 0) {
    const c = concrete[bad]!;
    out.error(
      path,
      `${INVALID_HTTP_URI_MESSAGE}: it must be encoded (RFC 3986), but contains ${JSON.stringify(c)}; write ${encodeURIComponent(c)}`,
    );
    return;
  }
  const badPercent = /%(?![0-9A-Fa-f]{2})/.exec(concrete);
  if (badPercent) {
    out.error(path, `${INVALID_HTTP_URI_MESSAGE}: "%" must start a percent-encoding like %20`);
    return;
  }
  let url: URL;
  try {
    url = new URL(concrete);
  } catch {
    out.error(path, `${INVALID_HTTP_URI_MESSAGE}: expected a full URL like https://example.com/path`);
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    out.error(path, `${INVALID_HTTP_URI_MESSAGE}: the scheme must be http or https, not ${url.protocol.slice(0, -1)}`);
    return;
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#]/i.test(concrete)) {
    out.error(path, `${INVALID_HTTP_URI_MESSAGE}: expected a host after ${url.protocol}//`);
    return;
  }
  // url.port is '' for the scheme's default port, which is 80 or 443 here.
  const port = url.port === '' ? null : Number(url.port);
  if (port !== null && port !== 80 && port !== 443 && port < 1024) {
    out.error(path, `port ${port} is not supported: API Gateway supports the endpoint ports 80, 443 and 1024-65535`);
  }
  for (const name of uriPlaceholders(uri)) {
    if (!PARAMETER_NAME_PATTERN.test(name))
      out.error(path, `placeholder {${name}}: the name must match ^[a-zA-Z0-9._$-]+$`);
  }
}
