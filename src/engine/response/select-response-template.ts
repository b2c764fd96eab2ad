// Which responseTemplates entry API Gateway applies (docs/apigw-behaviour.md#response-template-selection, DG
// request-response-data-mappings): the key is the method request's Accept header (its first media type only, parameters
// dropped); no Accept -> application/json; no template for that key -> the first template; no templates at all ->
// passthrough. An empty template also passes the body through (the DG's way to get an unmapped passthrough is "an empty
// application/json template").
import { DEFAULT_CONTENT_TYPE, findTemplateKey, mimeTypeOf } from '../request/media-type.ts';

export interface ResponseTemplateChoice {
  /** The media type the Accept header asked for (application/json when absent). */
  accept: string;
  /** The responseTemplates key used, or null for passthrough. */
  matchedKey: string | null;
  /** The template text, or null for passthrough. */
  template: string | null;
  reason: string;
}

export function selectResponseTemplate(
  templates: Record<string, string> | undefined | null,
  acceptHeader: string | undefined,
): ResponseTemplateChoice {
  const accept = mimeTypeOf(acceptHeader) ?? DEFAULT_CONTENT_TYPE;
  const keys = Object.keys(templates ?? {});
  if (!templates || keys.length === 0) {
    return {
      accept,
      matchedKey: null,
      template: null,
      reason: 'No response templates: the integration response body passes through',
    };
  }
  const exact = findTemplateKey(templates, accept);
  const key = exact ?? keys[0]!;
  const why = exact
    ? `Accept ${accept} selects the ${key} template`
    : `No response template for ${accept}: API Gateway uses the first template, ${key}`;
  const template = templates[key]!;
  if (template.trim() === '')
    return { accept, matchedKey: key, template: null, reason: `${why}; it is empty, so the body passes through` };
  return { accept, matchedKey: key, template, reason: why };
}
