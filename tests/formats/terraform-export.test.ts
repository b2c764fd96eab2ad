// The Terraform export read back with an HCL reader (helpers/read-hcl.ts): argument names as the AWS provider
// documents them (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration,
// ..._integration_response, ..._method, ..._method_response), and template text that HCL reads back exactly:
// `${` written `$${` and `%{` written `%%{` (HCL spec, "Template Literals").
import { describe, expect, it } from 'vitest';
import { exportTerraform } from '../../src/formats/terraform/export.ts';
import { hclQuoted, hclText } from '../../src/formats/terraform/hcl-text.ts';
import { DESIGN_NAMES, loadDesign, meaning } from './helpers/designs.ts';
import { readHcl } from './helpers/read-hcl.ts';
import type { Block } from './helpers/read-hcl.ts';

const resources = (blocks: Block[], type: string) =>
  blocks.filter((b) => b.type === 'resource' && b.labels[0] === type);

function rebuild(text: string) {
  const blocks = readHcl(text);
  const [method] = resources(blocks, 'aws_api_gateway_method');
  const [integration] = resources(blocks, 'aws_api_gateway_integration');
  const i = integration!.body;
  const responses = resources(blocks, 'aws_api_gateway_integration_response').map((b) => b.body);
  const statusOf = (value: unknown) =>
    typeof value === 'string' ? value : String((value as { ref: string }).ref.split('.')[1]!.split('_').pop());
  return {
    variables: blocks.filter((b) => b.type === 'variable').map((b) => b.labels[0]),
    method: { httpMethod: method!.body.http_method, requestParameters: method!.body.request_parameters },
    methodResponses: Object.fromEntries(
      resources(blocks, 'aws_api_gateway_method_response').map((b) => [
        b.body.status_code,
        {
          statusCode: b.body.status_code,
          responseParameters: b.body.response_parameters,
          responseModels: b.body.response_models,
        },
      ]),
    ),
    integration: {
      type: i.type,
      httpMethod: i.integration_http_method,
      uri: i.uri,
      connectionType: i.connection_type,
      connectionId: i.connection_id,
      credentials: i.credentials,
      requestParameters: i.request_parameters,
      requestTemplates: i.request_templates,
      passthroughBehavior: i.passthrough_behavior,
      contentHandling: i.content_handling,
      timeoutInMillis: i.timeout_milliseconds,
      cacheNamespace: i.cache_namespace,
      cacheKeyParameters: i.cache_key_parameters,
      integrationResponses: Object.fromEntries(
        responses.map((r) => [
          statusOf(r.status_code),
          {
            statusCode: statusOf(r.status_code),
            selectionPattern: r.selection_pattern,
            responseParameters: r.response_parameters,
            responseTemplates: r.response_templates,
            contentHandling: r.content_handling,
          },
        ]),
      ),
    },
    ids: [method, integration].map((b) => [b!.body.rest_api_id, b!.body.resource_id]),
  };
}

describe('terraform export', () => {
  it.each(DESIGN_NAMES)('the %s design reads back from the HCL as it was', (name) => {
    const design = loadDesign(name);
    const got = rebuild(exportTerraform(design).text);
    expect(got.variables).toEqual(['rest_api_id', 'resource_id']);
    expect(got.ids).toEqual([
      [{ ref: 'var.rest_api_id' }, { ref: 'var.resource_id' }],
      [{ ref: 'var.rest_api_id' }, { ref: 'var.resource_id' }],
    ]);
    expect(meaning({ method: got.method, methodResponses: got.methodResponses, integration: got.integration })).toEqual(
      meaning({
        method: { httpMethod: design.method.httpMethod, requestParameters: design.method.requestParameters },
        methodResponses: design.methodResponses,
        integration: design.integration,
      }),
    );
  });

  const TEXTS: [string, string][] = [
    ['a Velocity formal reference', '${foo.bar}'],
    ['a doubled dollar before a brace', '$${already}'],
    ['a percent directive', '%{ if x }'],
    ['quotes and backslashes', 'say "hi" \\ \\n'],
    ['a template ending in a newline', 'line 1\nline 2\n'],
    ['a template ending in two newlines', 'line 1\n\n'],
    ['no final newline', '#set($a = 1)\n$a'],
    ['a line equal to the heredoc marker', 'EOT\nEOT1\n  EOT  \n'],
    ['a carriage return (quoted string, not heredoc)', 'a\r\nb'],
    ['control characters', 'bell \u0007 and nul \u0000'],
    ['tabs and non-ASCII', '\tcaf\u00e9 \ud83d\ude00\n\tx'],
    ['the empty string', ''],
  ];
  it.each(TEXTS)('%s reads back exactly', (_label, text) => {
    const hcl = `resource "x" "y" {\n  a = ${hclText(text).join('\n')}\n  b = ${hclQuoted(text)}\n}\n`;
    const [block] = readHcl(hcl);
    expect(block!.body.a).toBe(text);
    expect(block!.body.b).toBe(text);
  });

  it('writes ${ as $${ and %{ as %%{ in quoted strings', () => {
    expect(hclQuoted('https://${stageVariables.host}/%{x}')).toBe('"https://$${stageVariables.host}/%%{x}"');
  });
});
