// Which template of an API definition a finding or a run is about, as a key path into the user's file
// (ApiMethodSource): a request template by content type, a response template by integration response status code and
// content type. The `test` report and `lint` both place template positions in the file through it.
import type { TemplateTarget, Trace } from '../engine/index.ts';
import type { ApiMethodSource, KeyPath } from '../formats/api-definition/read-api-designs.ts';

export function templateKeyPath(source: ApiMethodSource, target: TemplateTarget): KeyPath | undefined {
  return target.kind === 'request'
    ? source.requestTemplates[target.contentType]
    : source.responseTemplates[target.statusCode]?.[target.contentType];
}

/** The template a run rendered at a stage: the request template it selected, or the response template. */
export function renderedTemplate(trace: Trace, stage: 'request' | 'response'): TemplateTarget | undefined {
  const requestKey = trace.templateSelection?.matchedKey;
  const status = trace.integrationResponse?.statusCode;
  const responseKey = trace.responseDetails?.templateSelection?.matchedKey;
  if (stage === 'response')
    return status !== undefined && responseKey
      ? { kind: 'response', statusCode: String(status), contentType: responseKey }
      : undefined;
  return requestKey ? { kind: 'request', contentType: requestKey } : undefined;
}
