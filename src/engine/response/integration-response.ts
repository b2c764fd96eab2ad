// The response half of a non-proxy integration (HTTP, AWS, MOCK): backend response -> integration response (selection)
// -> content handling -> responseParameters -> response template (+ $context.responseOverride) -> method response.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
import type { Integration, MethodResponse } from '../../model/types.ts';
import { convertResponsePayload } from '../request/content-conversion.ts';
import { DEFAULT_CONTENT_TYPE, mimeTypeOf } from '../request/media-type.ts';
import { payloadText } from '../request/payload-bytes.ts';
import type { TraceError, TraceResponse } from '../trace.ts';
import { internalServerError } from './gateway-errors.ts';
import { failureLines, lambdaFunctionErrorLine, methodResponseLines } from './response-log.ts';
import { headerValue, setHeader, findHeaderKey } from './response-headers.ts';
import { mapResponseParameters } from './response-parameters.ts';
import { applyResponseOverrides, type ResponseOverrides } from './response-overrides.ts';
import { selectIntegrationResponse, selectionSubjectFor } from './select-integration-response.ts';
import { selectResponseTemplate } from './select-response-template.ts';
import { applyReservedHeaderRules } from './reserved-headers.ts';
import type { ResponseDetails, ResponseStageResult } from './response-stage.ts';

/** Renders a response template with `$input` = the integration response body (text). */
export type ResponseTemplateRenderer = (
  template: string,
  body: string,
) =>
  | { ok: true; output: string; overrides?: ResponseOverrides }
  | { ok: false; message: string; line?: number; column?: number };

export interface NonProxyResponseInput {
  integration: Integration;
  /** Undefined: not checked (a design without methodResponses); given: the selected status must be declared. */
  methodResponses?: Record<string, MethodResponse>;
  backend: TraceResponse;
  /** The method request's Accept header (selects the template and the binary conversion). */
  acceptHeader?: string;
  binaryMediaTypes?: readonly string[] | null;
  stageVariables: Record<string, string>;
  context: Record<string, unknown>;
  render: ResponseTemplateRenderer;
  /**
   * MOCK: the $context.responseOverride the request template set. It applies when no response template runs (a
   * response template sees it in its own $context and keeps it unless it sets its own). LS-snap 2025-05-16.
   */
  inheritedOverrides?: ResponseOverrides;
}

export function processNonProxyResponse(input: NonProxyResponseInput): ResponseStageResult {
  const log: string[] = [];
  const details: ResponseDetails = { notes: [] };
  const subject = selectionSubjectFor(input.integration, input.backend);
  details.selectionSubject = subject;
  if (subject.kind === 'lambda' && subject.functionError) {
    log.push(lambdaFunctionErrorLine(subject.errorMessage, headerValue(input.backend.headers, 'x-amzn-RequestId')));
  }
  const selection = selectIntegrationResponse(input.integration.integrationResponses, subject, input.methodResponses);
  details.notes.push(...selection.notes);
  if (selection.invalidPatterns.length > 0) details.invalidSelectionPatterns = selection.invalidPatterns;
  if (!selection.ok) return fail(log, details, selection.logLine, 'response', null);
  const integrationResponse = { statusCode: selection.statusCode, selectionPattern: selection.selectionPattern };
  const selected = selection.response;

  const accept = mimeTypeOf(input.acceptHeader) ?? DEFAULT_CONTENT_TYPE;
  const conversion = convertResponsePayload({
    payload: input.backend,
    contentType: mimeTypeOf(headerValue(input.backend.headers, 'Content-Type')),
    accept,
    binaryMediaTypes: input.binaryMediaTypes,
    contentHandling: selected.contentHandling,
  });
  details.contentHandling = {
    setting: selected.contentHandling ?? null,
    conversion: conversion.conversion,
    reason: conversion.reason,
  };
  if (!conversion.ok) {
    return fail(
      log,
      details,
      `Execution failed due to configuration error: ${conversion.message}`,
      'content',
      integrationResponse,
    );
  }

  const mapped = mapResponseParameters(selected.responseParameters, {
    headers: input.backend.headers,
    multiValueHeaders: input.backend.multiValueHeaders,
    body: payloadText(input.backend),
    lambdaError: subject.kind === 'lambda' && subject.functionError,
    stageVariables: input.stageVariables,
    context: input.context,
  });
  details.responseParameters = mapped.resolved;
  details.notes.push(...mapped.problems);

  let body = conversion.payload.body;
  let overrides: ResponseOverrides | undefined = input.inheritedOverrides;
  if (conversion.binary) {
    const choice = selectResponseTemplate(selected.responseTemplates, input.acceptHeader);
    if (selected.contentHandling === 'CONVERT_TO_BINARY' && choice.template !== null) {
      // Recorded on AWS (issue #12 of this project, docs/apigw-fidelity.md): CONVERT_TO_BINARY with a response
      // template for the selected content type ends in a 500; the template is not applied to the binary payload.
      // The log wording is the generic one for a failed response transformation (unverified).
      details.templateSelection = {
        accept: choice.accept,
        matchedKey: choice.matchedKey,
        reason: 'CONVERT_TO_BINARY and a response template for this content type: API Gateway fails with 500',
      };
      return fail(
        log,
        details,
        'Execution failed due to configuration error: Unable to transform response',
        {
          stage: 'content',
          message: `contentHandling CONVERT_TO_BINARY cannot be combined with the response template for ${choice.matchedKey}: API Gateway answers 500`,
        },
        integrationResponse,
      );
    }
    // Binary payloads are never run through a template (DG api-gateway-payload-encodings-workflow).
    details.templateSelection = { accept, matchedKey: null, reason: 'Binary payload: no response template applies' };
  } else {
    const choice = selectResponseTemplate(selected.responseTemplates, input.acceptHeader);
    details.templateSelection = { accept: choice.accept, matchedKey: choice.matchedKey, reason: choice.reason };
    if (choice.template !== null) {
      const rendered = input.render(choice.template, conversion.payload.body);
      if (!rendered.ok) {
        // Wording of the test-invoke log for a failing response template, remembered from AWS; unverified.
        const error: TraceError = {
          stage: 'template',
          message: rendered.message,
          line: rendered.line,
          column: rendered.column,
          template: 'response',
        };
        return fail(
          log,
          details,
          `Execution failed due to configuration error: Unable to transform response`,
          error,
          integrationResponse,
        );
      }
      body = rendered.output;
      overrides = rendered.overrides;
    }
  }

  const reserved = applyReservedHeaderRules(mapped.headers, mapped.multiValueHeaders);
  const headers: Record<string, string> = { ...reserved.headers };
  const multiValueHeaders: Record<string, string[]> = { ...reserved.multiValueHeaders };
  let statusCode = Number(selected.statusCode);
  const applied = applyResponseOverrides(statusCode, headers, overrides);
  statusCode = applied.statusCode;
  details.notes.push(...applied.notes);
  for (const [name, values] of Object.entries(multiValueHeaders)) {
    if (applied.headers[name] !== values.join(',')) delete multiValueHeaders[name]; // replaced by an override
  }
  // "API Gateway adds Content-Type to all integration responses, default application/json" (DG known-issues); a
  // method.response.header.Content-Type mapping or override sets another.
  if (findHeaderKey(applied.headers, 'Content-Type') === undefined)
    setHeader(applied.headers, 'Content-Type', 'application/json');

  const methodResponse: TraceResponse = {
    statusCode,
    headers: applied.headers,
    body,
    isBase64Encoded: conversion.binary,
  };
  if (Object.keys(multiValueHeaders).length > 0) methodResponse.multiValueHeaders = multiValueHeaders;
  log.push(...methodResponseLines(methodResponse));
  return {
    integrationResponse,
    methodResponse,
    log,
    error: null,
    details,
    ...(reserved.rules.length > 0 ? { headerRules: reserved.rules } : {}),
  };
}

function fail(
  log: string[],
  details: ResponseDetails,
  reason: string,
  error: TraceError['stage'] | TraceError,
  integrationResponse: ResponseStageResult['integrationResponse'],
): ResponseStageResult {
  const methodResponse = internalServerError();
  log.push(...failureLines(reason, methodResponse));
  const traceError =
    typeof error === 'string'
      ? { stage: error, message: reason.replace(/^Execution failed due to configuration error: /, '') }
      : error;
  return { integrationResponse, methodResponse, log, error: traceError, details };
}
