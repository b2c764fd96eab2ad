// requestTemplates and responseTemplates: media type -> Velocity template. Keys: "Invalid content type specified: 123"
// is real API Gateway's message (docs/apigw-behaviour.md#put-integration-validation). Size: "Mapping template size: 300
// KB" (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html).
import { hasWildcard, isMediaType } from '../media-type-syntax.ts';
import { keyPath } from '../paths.ts';
import { isAbsent, isRecord, type ProblemList } from './problem-list.ts';

export const TEMPLATE_SIZE_LIMIT_BYTES = 300 * 1024;

export function checkTemplates(templates: unknown, base: string, out: ProblemList): void {
  if (isAbsent(templates)) return;
  if (!isRecord(templates)) {
    out.error(base, 'expected an object of media type -> template');
    return;
  }
  for (const [mediaType, template] of Object.entries(templates)) {
    const path = keyPath(base, mediaType);
    if (!isMediaType(mediaType)) {
      out.error(path, `Validation Result: warnings : [], errors : [Invalid content type specified: ${mediaType}]`);
    } else if (hasWildcard(mediaType)) {
      // Templates are looked up by the request's (or Accept's) exact MIME type
      // (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html);
      // wildcard keys are not documented to match anything.
      out.warning(
        path,
        'templates are selected by the exact media type; a wildcard key is not documented to match anything',
      );
    }
    if (typeof template !== 'string') {
      out.error(path, 'the template must be a string (Velocity template text)');
      continue;
    }
    const size = new TextEncoder().encode(template).length;
    if (size > TEMPLATE_SIZE_LIMIT_BYTES) {
      out.error(
        path,
        `the template is ${size} bytes; API Gateway's limit for a mapping template is 300 KB (${TEMPLATE_SIZE_LIMIT_BYTES} bytes)`,
      );
    }
  }
}
