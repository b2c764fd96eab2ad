// `terraform`: aws_api_gateway_method, _method_response, _integration and _integration_response for an existing
// resource, whose ids are variables. Argument names from the AWS provider's documentation:
// https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration
// https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration_response
// https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method
// https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_response
import { deployableDesign } from '../shared/deploy-needs.ts';
import type { Design } from '../../model/types.ts';
import type { ExportResult } from '../types.ts';
import { isEmptyValue, isPlainObject, oneLine, sortedEntries } from '../shared/values.ts';
import { INTEGRATION_FIELDS } from '../shared/integration-shape.ts';
import { block, Expression } from './hcl-writer.ts';
import type { HclValue } from './hcl-writer.ts';
import { hclQuoted } from './hcl-text.ts';

/** design integration field -> aws_api_gateway_integration argument. */
const INTEGRATION_ARGUMENTS: Record<string, string> = {
  type: 'type',
  httpMethod: 'integration_http_method',
  uri: 'uri',
  connectionType: 'connection_type',
  connectionId: 'connection_id',
  credentials: 'credentials',
  requestParameters: 'request_parameters',
  requestTemplates: 'request_templates',
  passthroughBehavior: 'passthrough_behavior',
  contentHandling: 'content_handling',
  timeoutInMillis: 'timeout_milliseconds',
  cacheNamespace: 'cache_namespace',
  cacheKeyParameters: 'cache_key_parameters',
};

function snakeName(name: string): string {
  const snake = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase()
    .slice(0, 50);
  return /^[a-z]/.test(snake) ? snake : 'integration';
}

const v = (value: unknown): HclValue | undefined => (isEmptyValue(value) ? undefined : (value as HclValue));
const ref = (text: string) => new Expression(text);
const ids: [string, HclValue][] = [
  ['rest_api_id', ref('var.rest_api_id')],
  ['resource_id', ref('var.resource_id')],
];

const comment = (text: string) => `# ${oneLine(text)}`;

export function exportTerraform(designed: Design): ExportResult {
  // Declares what the deploy needs (method request parameters, method response headers): shared/deploy-needs.ts.
  const { design, warnings } = deployableDesign(designed);
  const name = snakeName(design.name);
  const method = `aws_api_gateway_method.${name}`;
  const verb = ref(`${method}.http_method`);
  const i = design.integration;
  const blocks: string[] = [
    [
      comment(
        `Integration ${JSON.stringify(design.name)}: ${design.method.httpMethod} ${design.method.resourcePath} -> ${[i.type, i.httpMethod, i.uri].filter(Boolean).join(' ')}`,
      ),
      comment('Made by Integration Designer; see docs/deploying.md. Apply with: terraform init && terraform apply'),
    ].join('\n'),
    block('variable "rest_api_id"', [
      ['type', ref('string')],
      ['description', 'Id of the REST API (aws_api_gateway_rest_api.<name>.id)'],
    ]),
    block('variable "resource_id"', [
      ['type', ref('string')],
      ['description', `Id of the resource ${design.method.resourcePath}`],
    ]),
    block(`resource "aws_api_gateway_method" ${hclQuoted(name)}`, [
      ...ids,
      ['http_method', design.method.httpMethod],
      ['authorization', 'NONE'],
      ['request_parameters', v(design.method.requestParameters)],
    ]),
  ];

  const methodResponseNames = new Map<string, string>();
  for (const [code, r] of sortedEntries(design.methodResponses)) {
    const status = r.statusCode ?? code;
    const resourceName = `${name}_${status}`;
    methodResponseNames.set(status, resourceName);
    blocks.push(
      block(`resource "aws_api_gateway_method_response" ${hclQuoted(resourceName)}`, [
        ...ids,
        ['http_method', verb],
        ['status_code', status],
        ['response_parameters', v(r.responseParameters)],
        ['response_models', v(r.responseModels)],
      ]),
    );
  }

  const integrationEntries: [string, HclValue | undefined][] = [...ids, ['http_method', verb]];
  for (const [field, argument] of Object.entries(INTEGRATION_ARGUMENTS))
    integrationEntries.push([argument, v((i as Record<string, unknown>)[field])]);
  const nested: string[] = [];
  if (isPlainObject(i.tlsConfig) && typeof i.tlsConfig.insecureSkipVerification === 'boolean') {
    nested.push(
      '',
      '  tls_config {',
      `    insecure_skip_verification = ${i.tlsConfig.insecureSkipVerification}`,
      '  }',
    );
  }
  for (const key of Object.keys(i)) {
    if (!(INTEGRATION_FIELDS as readonly string[]).includes(key) && key !== 'tlsConfig' && !isEmptyValue(i[key])) {
      warnings.push(`integration.${key}: aws_api_gateway_integration has no such argument, left out`);
    }
  }
  blocks.push(block(`resource "aws_api_gateway_integration" ${hclQuoted(name)}`, integrationEntries, nested));

  for (const [code, r] of sortedEntries(i.integrationResponses)) {
    const status = r.statusCode ?? code;
    const methodResponse = methodResponseNames.get(status);
    if (!methodResponse)
      warnings.push(
        `integration.integrationResponses.${code}: no method response ${status}; API Gateway will refuse it`,
      );
    blocks.push(
      block(`resource "aws_api_gateway_integration_response" ${hclQuoted(`${name}_${status}`)}`, [
        ...ids,
        ['http_method', verb],
        ['status_code', methodResponse ? ref(`aws_api_gateway_method_response.${methodResponse}.status_code`) : status],
        ['selection_pattern', r.selectionPattern ?? undefined],
        ['response_parameters', v(r.responseParameters)],
        ['response_templates', v(r.responseTemplates)],
        ['content_handling', r.contentHandling ?? undefined],
        // The integration must exist before its responses (the provider's documented note).
        ['depends_on', [ref(`aws_api_gateway_integration.${name}`)]],
      ]),
    );
  }
  if (design.api.binaryMediaTypes?.length) {
    warnings.push('api.binaryMediaTypes: set binary_media_types on aws_api_gateway_rest_api');
  }
  return { text: `${blocks.join('\n\n')}\n`, warnings };
}
