// Which request template applies, or whether the body passes through or is rejected with 415 — per passthroughBehavior.
// Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
// (tables "one application/json template" and "one application/xml template"; NEVER also rejects when no template
// exists at all; proxy integrations always pass through).
import type { Integration, PassthroughBehavior } from '../../model/types.ts';
import type { TraceTemplateSelection } from '../trace.ts';
import { effectiveContentType, findTemplateKey } from './media-type.ts';

/**
 * What API Gateway assumes when passthroughBehavior is unset (PutIntegration's default,
 * docs/apigw-behaviour.md#template-selection).
 */
export const DEFAULT_PASSTHROUGH_BEHAVIOR: PassthroughBehavior = 'WHEN_NO_MATCH';

export interface TemplateChoice {
  selection: TraceTemplateSelection;
  /** The template text to render when outcome is TEMPLATE. */
  template: string | null;
}

const PROXY_TYPES = new Set(['HTTP_PROXY', 'AWS_PROXY']);

export function isProxyIntegration(integration: Pick<Integration, 'type'>): boolean {
  return PROXY_TYPES.has(integration.type);
}

/** Chooses the request template for a request's Content-Type header value (undefined when the header is absent). */
export function selectRequestTemplate(integration: Integration, contentTypeHeader: string | undefined): TemplateChoice {
  const contentType = effectiveContentType(contentTypeHeader);
  const assumed = contentTypeHeader === undefined ? ' (no Content-Type header, so application/json is assumed)' : '';
  const passthroughBehavior = integration.passthroughBehavior ?? DEFAULT_PASSTHROUGH_BEHAVIOR;
  const templates = integration.requestTemplates ?? {};

  if (isProxyIntegration(integration)) {
    return {
      selection: {
        contentType,
        matchedKey: null,
        passthroughBehavior,
        outcome: 'PASSTHROUGH',
        reason: `${integration.type} is a proxy integration: the request is passed through as is; templates and passthroughBehavior do not apply`,
      },
      template: null,
    };
  }

  const matchedKey = findTemplateKey(templates, contentType);
  if (matchedKey !== null) {
    return {
      selection: {
        contentType,
        matchedKey,
        passthroughBehavior,
        outcome: 'TEMPLATE',
        reason: `Template ${matchedKey} matches Content-Type ${contentType}${assumed}: the body is transformed by it (${passthroughBehavior} applies only when no template matches)`,
      },
      template: templates[matchedKey]!,
    };
  }

  const count = Object.keys(templates).length;
  const noMatch =
    count === 0
      ? 'No templates are defined'
      : `No template for ${contentType}${assumed} (templates exist for ${Object.keys(templates).join(', ')})`;
  const passes =
    passthroughBehavior === 'WHEN_NO_MATCH' || (passthroughBehavior === 'WHEN_NO_TEMPLATES' && count === 0);
  const why: Record<PassthroughBehavior, string> = {
    WHEN_NO_MATCH: 'WHEN_NO_MATCH passes unmatched content types through',
    WHEN_NO_TEMPLATES:
      count === 0
        ? 'WHEN_NO_TEMPLATES passes through when no template is defined'
        : 'WHEN_NO_TEMPLATES passes through only when no template is defined at all',
    NEVER: 'NEVER never passes a body through',
  };
  return {
    selection: {
      contentType,
      matchedKey: null,
      passthroughBehavior,
      outcome: passes ? 'PASSTHROUGH' : 'REJECTED',
      reason: passes
        ? `${noMatch}; ${why[passthroughBehavior]}: body passed through unchanged`
        : `${noMatch}; ${why[passthroughBehavior]}: rejected with 415 Unsupported Media Type`,
    },
    template: null,
  };
}
