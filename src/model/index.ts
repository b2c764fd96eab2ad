// The design model: types, defaults, restore/serialize, validation, and the AWS rules the engine and UI share.
export * from './types.ts';
export * from './defaults.ts';
export * from './design-format-error.ts';
export * from './restore.ts';
export * from './serialize.ts';
export * from './json-syntax.ts';
export { FORMAT_PREFIX } from './migrate.ts';
export * from './paths.ts';
export * from './names.ts';
export * from './media-type-syntax.ts';
export * from './context-variables.ts';
export * from './mapping-expression.ts';
export * from './aws-integration-uri.ts';
export * from './resource-path.ts';
export { validateDesign, errorsOf } from './validate/index.ts';
export { CALLER_CREDENTIALS, isCredentialsValue } from './validate/credentials.ts';
export { TEMPLATE_SIZE_LIMIT_BYTES } from './validate/templates.ts';
export { TIMEOUT_LIMITS_MS } from './validate/integration-settings.ts';
