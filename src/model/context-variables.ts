// The $context variables API Gateway supports in REST API mapping templates and in `context.NAME` parameter
// mappings ("The name must be one of the supported context variables",
// https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html), from the
// table "Context variables for data models, authorizers, mapping templates, and access logging" of
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
// (transcribed in docs/apigw-behaviour.md#context). Access-log-only variables (integration.*, status, ...) are
// not in the list: they are not available to templates or mappings.
//
// One list for the validator, the engine's $context and the editor's completions. An entry ending in `.*` stands for
// any property name below that prefix (e.g. `authorizer.claims.email`).

export const CONTEXT_VARIABLES: readonly string[] = [
  'accountId',
  'apiId',
  'authorizer.claims.*',
  'authorizer.principalId',
  'authorizer.*',
  'awsEndpointRequestId',
  'deploymentId',
  'domainName',
  'domainPrefix',
  'error.message',
  'error.messageString',
  'error.responseType',
  'error.validationErrorString',
  'extendedRequestId',
  'httpMethod',
  'identity.accountId',
  'identity.apiKey',
  'identity.apiKeyId',
  'identity.caller',
  'identity.clientCert.clientCertPem',
  'identity.clientCert.subjectDN',
  'identity.clientCert.issuerDN',
  'identity.clientCert.serialNumber',
  'identity.clientCert.validity.notBefore',
  'identity.clientCert.validity.notAfter',
  'identity.cognitoAuthenticationProvider',
  'identity.cognitoAuthenticationType',
  'identity.cognitoIdentityId',
  'identity.cognitoIdentityPoolId',
  'identity.principalOrgId',
  'identity.sourceIp',
  'identity.user',
  'identity.userAgent',
  'identity.userArn',
  'path',
  'protocol',
  'requestId',
  'requestOverride.header.*',
  'requestOverride.path.*',
  'requestOverride.querystring.*',
  'responseOverride.header.*',
  'responseOverride.status',
  'requestTime',
  'requestTimeEpoch',
  'resourceId',
  'resourcePath',
  'stage',
  'wafResponseCode',
  'webaclArn',
];

/** Whether `name` (without the `context.` / `$context.` prefix) is a supported context variable. */
export function isSupportedContextVariable(name: string): boolean {
  return CONTEXT_VARIABLES.some((entry) => {
    if (!entry.endsWith('.*')) return entry === name;
    const prefix = entry.slice(0, -1); // keeps the dot: 'authorizer.'
    return name.length > prefix.length && name.startsWith(prefix) && !name.slice(prefix.length).includes('.');
  });
}
