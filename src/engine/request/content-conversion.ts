// contentHandling: how API Gateway converts a payload between text and binary, on the request side (Integration
// .contentHandling) and the response side (IntegrationResponse.contentHandling). Pure; reproduces the two tables of
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html cell by
// cell.
//
// A payload is *binary* when its media type matches the API's binaryMediaTypes, otherwise it is *text* (a UTF-8
// string). Outputs: text -> { body: the UTF-8 string, isBase64Encoded: false }; binary -> { body: base64 of the bytes,
// isBase64Encoded: true }.
import type { ContentHandling } from '../../model/types.ts';
import type { Conversion } from '../trace.ts';
import type { Payload } from './payload-bytes.ts';
import { base64ToBytes, bytesToBase64, payloadBase64, payloadText } from './payload-bytes.ts';
import { isBinaryMediaType } from './media-type.ts';

export type ConversionResult =
  | { ok: true; conversion: Conversion; payload: Payload; binary: boolean; reason: string }
  | { ok: false; conversion: Conversion; message: string; reason: string };

function asText(p: Payload, conversion: Conversion, reason: string): ConversionResult {
  return { ok: true, conversion, payload: { body: payloadText(p), isBase64Encoded: false }, binary: false, reason };
}

function asBinary(p: Payload, reason: string): ConversionResult {
  return {
    ok: true,
    conversion: 'NONE',
    payload: { body: payloadBase64(p), isBase64Encoded: true },
    binary: true,
    reason,
  };
}

function toBase64Text(p: Payload, reason: string): ConversionResult {
  return {
    ok: true,
    conversion: 'TO_TEXT',
    payload: { body: payloadBase64(p), isBase64Encoded: false },
    binary: false,
    reason,
  };
}

/** Text -> binary: the text must be base64; otherwise API Gateway answers 500 (API configuration error). */
function decodeToBinary(p: Payload, reason: string): ConversionResult {
  const text = payloadText(p);
  const bytes = base64ToBytes(text);
  if (!bytes) {
    return {
      ok: false,
      conversion: 'TO_BINARY',
      message: 'Unable to convert the payload to binary: it is not valid base64 text',
      reason: `${reason}, but the payload is not valid base64: API configuration error (500)`,
    };
  }
  return {
    ok: true,
    conversion: 'TO_BINARY',
    payload: { body: bytesToBase64(bytes), isBase64Encoded: true },
    binary: true,
    reason,
  };
}

export interface RequestConversionInput {
  payload: Payload;
  /** MIME type of the method request's Content-Type (null when absent). */
  contentType: string | null;
  binaryMediaTypes?: readonly string[] | null;
  contentHandling?: ContentHandling | null;
}

/** The integration request payload for a method request payload (first table of the page). */
export function convertRequestPayload(input: RequestConversionInput): ConversionResult {
  const binary = isBinaryMediaType(input.contentType, input.binaryMediaTypes);
  const kind = binary ? `Binary payload (${input.contentType} matches binaryMediaTypes)` : 'Text payload';
  switch (input.contentHandling ?? null) {
    case 'CONVERT_TO_TEXT':
      return binary
        ? toBase64Text(input.payload, `${kind}; CONVERT_TO_TEXT: base64-encoded into a string`)
        : asText(input.payload, 'NONE', `${kind}; CONVERT_TO_TEXT: already text, passed as a UTF-8 string`);
    case 'CONVERT_TO_BINARY':
      return binary
        ? asBinary(input.payload, `${kind}; CONVERT_TO_BINARY: already binary, passed as is`)
        : decodeToBinary(input.payload, `${kind}; CONVERT_TO_BINARY: base64-decoded into a binary blob`);
    default:
      return binary
        ? asBinary(input.payload, `${kind}; contentHandling unset: passed through as binary`)
        : asText(input.payload, 'NONE', `${kind}; contentHandling unset: passed as a UTF-8 string`);
  }
}

export interface ResponseConversionInput {
  payload: Payload;
  /** MIME type of the integration response's Content-Type. */
  contentType: string | null;
  /** MIME type of the first media type of the method request's Accept header. */
  accept: string | null;
  binaryMediaTypes?: readonly string[] | null;
  contentHandling?: ContentHandling | null;
}

/** The method response payload for an integration response payload (second table of the page). */
export function convertResponsePayload(input: ResponseConversionInput): ConversionResult {
  const binary = isBinaryMediaType(input.contentType, input.binaryMediaTypes);
  const acceptBinary = isBinaryMediaType(input.accept, input.binaryMediaTypes);
  const kind = `${binary ? 'Binary' : 'Text'} payload, ${acceptBinary ? 'binary' : 'text'} Accept type`;
  switch (input.contentHandling ?? null) {
    case 'CONVERT_TO_TEXT':
      return binary
        ? toBase64Text(input.payload, `${kind}; CONVERT_TO_TEXT: base64-encoded into a string`)
        : asText(input.payload, 'NONE', `${kind}; CONVERT_TO_TEXT: passed as a UTF-8 string`);
    case 'CONVERT_TO_BINARY':
      return binary
        ? asBinary(input.payload, `${kind}; CONVERT_TO_BINARY: already binary, passed as is`)
        : decodeToBinary(input.payload, `${kind}; CONVERT_TO_BINARY: base64-decoded into a binary blob`);
    default:
      if (binary && acceptBinary)
        return asBinary(input.payload, `${kind}; contentHandling unset: passed through as binary`);
      if (binary)
        return toBase64Text(input.payload, `${kind}; contentHandling unset: base64-encoded for a text client`);
      if (acceptBinary)
        return decodeToBinary(input.payload, `${kind}; contentHandling unset: base64-decoded for a binary client`);
      return asText(input.payload, 'NONE', `${kind}; contentHandling unset: passed as a UTF-8 string`);
  }
}
