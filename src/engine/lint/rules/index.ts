// Every lint rule, in code order. A new rule is one file here and one line in this list (docs/lint-rules.md says
// why each exists and where the trap was reported).
import type { DesignRule, TemplateRule } from '../rule.ts';
import { binaryMediaTypesMatchJson } from './binary-media-types.ts';
import { rejectedContentTypes, templateWithoutSample } from './content-type-coverage.ts';
import { escapeJavaScriptInJson } from './escape-javascript-in-json.ts';
import { foreachSeparator } from './foreach-separator.ts';
import { inputJsonNavigated } from './input-json-navigated.ts';
import { lambdaErrorsNotMapped, noDefaultIntegrationResponse } from './integration-responses.ts';
import { objectPrintedDirectly } from './object-printed-directly.ts';
import { quotedInputJson } from './quoted-input-json.ts';
import { setNull } from './set-null.ts';
import { timeoutOverQuota } from './timeout.ts';
import { undeclaredParameter } from './undeclared-parameter.ts';

export const TEMPLATE_RULES: readonly TemplateRule[] = [
  escapeJavaScriptInJson,
  objectPrintedDirectly,
  quotedInputJson,
  foreachSeparator,
  undeclaredParameter,
  setNull,
  inputJsonNavigated,
];

export const DESIGN_RULES: readonly DesignRule[] = [
  templateWithoutSample,
  rejectedContentTypes,
  binaryMediaTypesMatchJson,
  noDefaultIntegrationResponse,
  timeoutOverQuota,
  lambdaErrorsNotMapped,
];
