// The package's library entry (`import { renderTemplate, simulate } from 'integration-designer'`): the engine's two
// public functions (docs/design-contracts.md#engine-api) for users' own unit tests, plus what they need around them.
// Pure Node-or-browser code; built into dist/index.js with its type declarations by scripts/build-cli.mjs.
import type { SimulateOptions } from '../engine/index.ts';
import { renderTemplate as renderWithEngine, simulate as simulateWithEngine } from '../engine/index.ts';
import type { Trace, VtlError } from '../engine/index.ts';
import { createDesignBackend } from '../mocks/design-backend.ts';
import { MockSession } from '../mocks/mock-session.ts';
import { restoreDesign } from '../model/restore.ts';
import type { Design, SampleRequest } from '../model/types.ts';

export { renderTemplate } from '../engine/index.ts';
export type { RenderTemplateOptions, Trace, VtlError, BackendCaller } from '../engine/index.ts';
export { MethodRequestError } from '../engine/index.ts';
export type { Design, SampleRequest, SampleExpect } from '../model/types.ts';
export { restoreDesign, DesignFormatError } from '../model/restore.ts';
export { MockSession } from '../mocks/mock-session.ts';
export { createDesignBackend } from '../mocks/design-backend.ts';
export { checkExpectations, type Mismatch } from '../engine/index.ts';
export {
  readApiDesigns,
  type ApiDesigns,
  type ApiMethodDesign,
  type ApiReadOptions,
} from '../formats/api-definition/read-api-designs.ts';

/**
 * A request written for a design may leave out what the design says: the verb, and the path when the resource path
 * has no {parameters}. The engine itself takes a missing path as "/".
 */
function requestFor(request: SampleRequest, design: Design | undefined): SampleRequest {
  if (!design) return request;
  const { httpMethod, resourcePath } = design.method;
  const out = { ...request };
  if (out.method === undefined && httpMethod !== 'ANY') out.method = httpMethod;
  if (out.path === undefined && !resourcePath.includes('{')) out.path = resourcePath;
  return out;
}

export interface LibrarySimulateOptions extends SimulateOptions {
  /** The mock-backend session (S3 objects, DynamoDB items written persist in it across calls). */
  session?: MockSession;
}

/**
 * Runs a method request through a design as API Gateway would and returns the Trace (docs/design-contracts.md#trace).
 * Without `options.backend`, the design's mocked backends answer (its `backend` section; nothing is sent to the network
 * unless it sets `backend.live`), as in `integration-designer test`. The design may be any version of the document: it
 * goes through the same restore step as a file (a DesignFormatError says what is wrong).
 */
export function simulate(
  design: Design | Record<string, unknown>,
  request: SampleRequest = {},
  options: LibrarySimulateOptions = {},
): Promise<Trace> {
  const restored = restoreDesign(design).design;
  const { session, ...rest } = options;
  const backend =
    rest.backend ??
    createDesignBackend(restored, session ?? new MockSession({ deterministic: rest.deterministic ?? false }));
  return simulateWithEngine(restored, requestFor(request, restored), { ...rest, backend });
}

/** A mapping template that did not render: the message with the template's line and column. */
export class VtlTemplateError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(readonly error: VtlError) {
    super(`line ${error.line}, column ${error.column}: ${error.message}`);
    this.name = 'VtlTemplateError';
    this.line = error.line;
    this.column = error.column;
  }
}

/**
 * `evaluateVTL(template, request?, design?)`: the rendered text of a mapping template, or a thrown VtlTemplateError
 * (line and column). The same as renderTemplate, shaped for `expect(JSON.parse(evaluateVTL(...)))` in unit tests.
 */
export function evaluateVTL(
  template: string,
  request: SampleRequest = {},
  design?: Design,
  options: { deterministic?: boolean; now?: Date } = {},
): string {
  const result = renderWithEngine(template, requestFor(request, design), design, { deterministic: true, ...options });
  if ('error' in result) throw new VtlTemplateError(result.error);
  return result.output;
}
