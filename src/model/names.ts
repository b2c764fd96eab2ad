// Name rules shared by the validator, the engine and the UI, each with the page that states it.

/**
 * Parameter names in mapping expressions: "Your expression must match the regular expression '^[a-zA-Z0-9._$-]+$]'"
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html; the stray
 * `]` at the end of the documented pattern is a typo in the page). Also used for `{name}` URI and path placeholders.
 */
export const PARAMETER_NAME_PATTERN = /^[a-zA-Z0-9._$-]+$/;

/**
 * Stage variables: "Variable names can have alphanumeric and underscore characters, and the values must match
 * [A-Za-z0-9-._~:/?#&=,]+" (https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html, `variables`).
 * Quotas: 100 per stage, key <= 64 characters, value <= 512 characters
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html).
 */
export const STAGE_VARIABLE_NAME_PATTERN = /^[A-Za-z0-9_]+$/;
export const STAGE_VARIABLE_VALUE_PATTERN = /^[A-Za-z0-9\-._~:/?#&=,]+$/;
export const STAGE_VARIABLE_LIMITS = { perStage: 100, nameLength: 64, valueLength: 512 } as const;

/**
 * Stage names: "Stage names can only contain alphanumeric characters, hyphens, and underscores. Maximum length is 128
 * characters." (https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html, `stageName`).
 */
export const STAGE_NAME_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * `${stageVariables.NAME}` references, as allowed in integration URIs, connectionId and credentials
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html).
 * The name is captured loosely so that a bad name can be reported rather than ignored.
 */
export const STAGE_VARIABLE_REFERENCE = /\$\{stageVariables\.([^}]*)\}/g;

/** Every `${stageVariables.NAME}` in a text, in order of appearance. */
export function stageVariableReferences(text: string): string[] {
  return [...text.matchAll(STAGE_VARIABLE_REFERENCE)].map((m) => m[1]!);
}

/** True when the whole text is one `${stageVariables.NAME}` reference with a valid name. */
export function isStageVariableReference(text: string): boolean {
  const m = /^\$\{stageVariables\.([^}]*)\}$/.exec(text);
  return m !== null && STAGE_VARIABLE_NAME_PATTERN.test(m[1]!);
}

/**
 * The `{name}` placeholders of an integration URI (filled from `integration.request.path.name` mappings), in order,
 * without `${stageVariables.x}` references. `{proxy+}`-style greedy names are not placeholders in URIs, so a `+` is
 * kept in the name for the validator to report.
 */
export function uriPlaceholders(uri: string): string[] {
  const withoutStageVariables = uri.replace(STAGE_VARIABLE_REFERENCE, '');
  return [...withoutStageVariables.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
}
