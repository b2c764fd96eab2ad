// Everything the Compare view shows for two designs, computed once here so the UI only renders it: the mapping
// templates that differ (each as its two texts, for a side-by-side diff), every other changed field (the field-by-field
// diff without the templates), and the calls that apply the change to the live method, as the AWS CLI script and as
// the JSON array `integration-designer diff --to json` prints. Templates are request templates
// (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html#apigw-Type-Integration-requestTemplates) and
// each integration response's response templates
// (https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html), keyed by content type.
import type { Design } from '../../model/types.ts';
import { isPlainObject, type PlainObject } from '../shared/values.ts';
import { child, diffStoredMethods } from './design-diff.ts';
import { patchCalls } from './patch-calls.ts';
import { callsJson, patchScript, scriptTitle } from './patch-script.ts';
import { storedMethod, type StoredMethod } from './stored-method.ts';
import type { FieldChange, PatchCall } from './types.ts';

export interface TemplateChange {
  /** The field's path in the diff's notation: `integration.requestTemplates["application/json"]`. */
  path: string;
  /** Where the template is: `Request` or `Response 200`. */
  owner: string;
  contentType: string;
  kind: FieldChange['kind'];
  /** The template's text on each side; "" where it does not exist. */
  before: string;
  after: string;
}

export interface DesignComparison {
  templates: TemplateChange[];
  /** Every other changed field, as diffDesigns gives it (an added integration response is listed without its templates). */
  fields: FieldChange[];
  calls: PatchCall[];
  /** What the calls cannot do (e.g. the method itself moved), one line each. */
  warnings: string[];
  /** The calls as a bash script of `aws apigateway` commands (REST_API_ID and RESOURCE_ID set at its top). */
  script: string;
  /** The calls as a JSON array. */
  json: string;
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));
const mapOf = (value: unknown): PlainObject => (isPlainObject(value) ? value : {});

function templatesOf(before: unknown, after: unknown, owner: string, path: string, out: TemplateChange[]): void {
  const a = mapOf(before);
  const b = mapOf(after);
  for (const contentType of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const kind = !(contentType in a) ? 'added' : !(contentType in b) ? 'removed' : 'changed';
    const [was, now] = [textOf(a[contentType]), textOf(b[contentType])];
    if (kind === 'changed' && was === now) continue;
    out.push({ path: child(path, contentType), owner, contentType, kind, before: was, after: now });
  }
}

function templateChanges(a: StoredMethod, b: StoredMethod): TemplateChange[] {
  const out: TemplateChange[] = [];
  templatesOf(
    a.integration.requestTemplates,
    b.integration.requestTemplates,
    'Request',
    'integration.requestTemplates',
    out,
  );
  const statuses = [...new Set([...Object.keys(a.integrationResponses), ...Object.keys(b.integrationResponses)])];
  for (const status of statuses.sort()) {
    templatesOf(
      a.integrationResponses[status]?.responseTemplates,
      b.integrationResponses[status]?.responseTemplates,
      `Response ${status}`,
      `${child('integration.integrationResponses', status)}.responseTemplates`,
      out,
    );
  }
  return out;
}

/** The stored method without its templates, so that the field diff lists everything else. */
function withoutTemplates(method: StoredMethod): StoredMethod {
  const { requestTemplates: _request, ...integration } = method.integration;
  const integrationResponses: Record<string, PlainObject> = {};
  for (const [status, { responseTemplates: _response, ...rest }] of Object.entries(method.integrationResponses))
    integrationResponses[status] = rest;
  return { ...method, integration, integrationResponses };
}

/** What changed from `before` to `after`, and the calls that make the method deployed from one the other. */
export function compareDesigns(before: Design, after: Design): DesignComparison {
  const a = storedMethod(before);
  const b = storedMethod(after);
  const { calls, warnings } = patchCalls(before, after);
  return {
    templates: templateChanges(a, b),
    fields: diffStoredMethods(withoutTemplates(a), withoutTemplates(b), [
      before.method.resourcePath,
      after.method.resourcePath,
    ]),
    calls,
    warnings,
    script: patchScript(calls, after.method.httpMethod, scriptTitle(before, after)),
    json: callsJson(calls),
  };
}
