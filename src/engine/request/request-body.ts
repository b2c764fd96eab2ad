// The integration request body of a non-proxy integration: content conversion and the request template, in the order
// API Gateway applies them —
//   CONVERT_TO_TEXT of a binary payload first, so a template sees the base64 text as $input.body (the DG example
//   `{"body": "$input.body"}`, api-gateway-payload-encodings-configure-with-control-service-api);
//   a binary payload that stays binary is passed through as is: templates transform text only ("For a binary payload,
//   API Gateway simply passes through the message as-is", DG api-gateway-payload-encodings);
//   CONVERT_TO_BINARY of a text payload last, on whatever the template produced (undocumented order: the DG only says
//   to use no template with it; decoding the template output is the plausible pipeline).
import type { Integration } from '../../model/types.ts';
import type { TemplateOverrides, TemplateRenderer } from '../integrations/template-renderer.ts';
import type { TraceContentHandling, TraceError, TraceTemplateSelection } from '../trace.ts';
import { convertRequestPayload, type ConversionResult } from './content-conversion.ts';
import { isBinaryMediaType } from './media-type.ts';
import type { Payload } from './payload-bytes.ts';
import { payloadText } from './payload-bytes.ts';
import type { TemplateChoice } from './template-selection.ts';

export interface RequestBodyInput {
  integration: Integration;
  binaryMediaTypes: readonly string[] | undefined;
  /** The method request payload. */
  payload: Payload;
  choice: TemplateChoice;
  render: TemplateRenderer;
}

export type RequestBodyResult = {
  selection: TraceTemplateSelection;
  contentHandling: TraceContentHandling;
  /** Whether the method request payload is binary. */
  binary: boolean;
} & (
  | { ok: true; payload: Payload; overrides: TemplateOverrides | null }
  | { ok: false; error: TraceError; logLine: string }
);

export function buildRequestBody(input: RequestBodyInput): RequestBodyResult {
  const { integration, choice } = input;
  const setting = integration.contentHandling ?? null;
  const mime = choice.selection.contentType;
  const binary = isBinaryMediaType(mime, input.binaryMediaTypes);
  const convert = (payload: Payload) =>
    convertRequestPayload({
      payload,
      contentType: mime,
      binaryMediaTypes: input.binaryMediaTypes,
      contentHandling: setting,
    });
  let selection = choice.selection;
  const failed = (conversion: ConversionResult, error: TraceError, logLine: string): RequestBodyResult => ({
    ok: false,
    selection,
    binary,
    contentHandling: { setting, conversion: conversion.conversion, reason: conversion.reason },
    error,
    logLine,
  });

  // Text -> binary is decoded last (after the template); every other conversion happens first and cannot fail.
  const decodeLast = setting === 'CONVERT_TO_BINARY' && !binary;
  const asText: Payload = { body: payloadText(input.payload), isBase64Encoded: false };
  let conversion: ConversionResult = decodeLast
    ? { ok: true, conversion: 'NONE', payload: asText, binary: false, reason: 'decoded after the template' }
    : convert(input.payload);
  let payload = conversion.ok ? conversion.payload : asText;

  let overrides: TemplateOverrides | null = null;
  if (selection.outcome === 'TEMPLATE' && payload.isBase64Encoded) {
    selection = {
      ...selection,
      outcome: 'PASSTHROUGH',
      reason: `${selection.reason}; but the payload is binary and stays binary, and API Gateway passes binary payloads through as is (templates transform text; set contentHandling CONVERT_TO_TEXT to template the base64 text)`,
    };
  } else if (selection.outcome === 'TEMPLATE' && choice.template !== null) {
    const rendered = input.render(choice.template, payload.body);
    if (!rendered.ok) {
      // "Unable to transform request" is the reason AWS reports for a failing request template (seen in published
      // troubleshooting notes of 500s); the Trace error keeps the Velocity message with its position.
      const { message, line, column, code } = rendered.error;
      const what = code === 'override-twice' ? message : 'Unable to transform request';
      return failed(
        conversion,
        { stage: 'template', message, line, column, template: 'request' },
        `Execution failed due to configuration error: ${what}`,
      );
    }
    payload = { body: rendered.output, isBase64Encoded: false };
    overrides = rendered.overrides;
  }

  if (decodeLast) {
    conversion = convert(payload);
    if (!conversion.ok) {
      return failed(
        conversion,
        { stage: 'content', message: conversion.message },
        `Execution failed due to configuration error: ${conversion.message}`,
      );
    }
    payload = conversion.payload;
  }
  return {
    ok: true,
    selection,
    binary,
    payload,
    overrides,
    contentHandling: { setting, conversion: conversion.conversion, reason: conversion.reason },
  };
}
