// Exports that deploy as they are (issue #12): every example design, exported to every format, passes the real tools
// that can run here, and declares what PutIntegration / PutIntegrationResponse need — the method request parameters
// the integration maps and the method response headers its responses set; AWS refuses them otherwise with "Invalid
// mapping expression specified: ... Invalid mapping expression parameter specified: method.request.path.petId"
// (https://github.com/aws/aws-cdk/issues/17318). Tools: bash -n, cfn-lint (skipped with a reason when absent),
// terraform validate with a local provider mirror (else a structural check of the HCL), and
// @seriousme/openapi-schema-validator.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/formats/registry.ts';
import type { Design } from '../../src/model/types.ts';
import { exampleDesigns } from './helpers/example-designs.ts';
import {
  bashSyntax,
  cfnLint,
  hasCommand,
  hclStructureProblems,
  terraformMirror,
  terraformValidate,
} from './helpers/export-checks.ts';

const designs = exampleDesigns();
const exportOf = (design: Design, id: string) => EXPORT_FORMATS.find((f) => f.id === id)!.export(design).text;
const work = mkdtempSync(join(tmpdir(), 'exports-deploy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The method request parameters a deploy must declare: the path's, and every method.request.* the integration maps. */
function neededParameters(design: Design): string[] {
  const needed = new Set<string>();
  for (const m of design.method.resourcePath.matchAll(/\{([^}+]+)\+?\}/g)) needed.add(`method.request.path.${m[1]}`);
  for (const source of Object.values(design.integration.requestParameters ?? {})) {
    const m = /^method\.request\.(?:multivalue)?(path|querystring|header)\.(.+)$/.exec(source);
    if (m) needed.add(`method.request.${m[1]}.${m[2]}`);
  }
  return [...needed].sort();
}

/** status -> the method response headers its integration response maps. */
function neededHeaders(design: Design): Array<[string, string[]]> {
  return Object.entries(design.integration.integrationResponses ?? {}).map(([code, r]) => [
    r.statusCode ?? code,
    Object.keys(r.responseParameters ?? {}),
  ]);
}

describe.each(designs)('exports of %s', (_name, design) => {
  it('CloudFormation declares the mapped method request parameters and response headers', () => {
    const template = JSON.parse(exportOf(design, 'cloudformation-json'));
    const method = Object.values(template.Resources as Record<string, { Properties: Record<string, unknown> }>)[0]!;
    const declared = Object.keys((method.Properties.RequestParameters as object) ?? {});
    for (const p of neededParameters(design)) expect(declared).toContain(p);
    const responses = (method.Properties.MethodResponses as Array<Record<string, unknown>>) ?? [];
    for (const [status, headers] of neededHeaders(design)) {
      const response = responses.find((r) => String(r.StatusCode) === status);
      expect(response, `method response ${status}`).toBeDefined();
      for (const h of headers) expect(Object.keys((response!.ResponseParameters as object) ?? {})).toContain(h);
    }
  });

  it('OpenAPI: valid OpenAPI 3.0 (JSON and YAML), declaring the mapped parameters', async () => {
    const validator = new Validator();
    const parsers: Array<[string, (text: string) => Record<string, unknown>]> = [
      ['openapi', (text) => JSON.parse(text)],
      ['openapi-yaml', (text) => parseYaml(text)],
    ];
    for (const [id, parse] of parsers) {
      const doc = parse(exportOf(design, id)) as { paths: Record<string, object> };
      const result = await validator.validate(doc);
      expect(result.errors ?? [], id).toEqual([]);
      expect(result.valid).toBe(true);
      const operation = Object.values(Object.values(doc.paths)[0] as object)[0] as {
        parameters?: Array<{ in: string; name: string }>;
      };
      const declared = (operation.parameters ?? []).map((p) => `${p.in === 'query' ? 'querystring' : p.in}.${p.name}`);
      for (const p of neededParameters(design)) expect(declared).toContain(p.replace('method.request.', ''));
    }
  });

  it('AWS CLI scripts pass bash -n and put-method declares the mapped parameters', () => {
    for (const id of ['aws-cli', 'aws-cli-files']) {
      const script = exportOf(design, id);
      expect(bashSyntax(script), id).toBeNull();
      const putMethod = script.slice(script.indexOf('put-method'), script.indexOf('put-integration'));
      for (const p of neededParameters(design)) expect(putMethod, id).toContain(p);
    }
  });

  it('Terraform: well-formed HCL whose method declares the mapped parameters', () => {
    const text = exportOf(design, 'terraform');
    expect(hclStructureProblems(text)).toEqual([]);
    const method = /resource "aws_api_gateway_method" [\s\S]*?\n\}/.exec(text)![0];
    for (const p of neededParameters(design)) expect(method).toContain(`"${p}"`);
  });
});

const CFN_LINT = hasCommand('cfn-lint');
describe('the real tools, all designs at once', () => {
  it.skipIf(!CFN_LINT)(
    'cfn-lint finds nothing in any CloudFormation export (YAML and JSON)',
    () => {
      const files = designs.flatMap(([, design], i) =>
        (['cloudformation-yaml', 'cloudformation-json'] as const).map((id) => {
          const file = join(work, `design-${i}.${id === 'cloudformation-yaml' ? 'yaml' : 'json'}`);
          writeFileSync(file, exportOf(design, id));
          return file;
        }),
      );
      const result = cfnLint(files);
      expect(result.output).toBe('');
      expect(result.status).toBe(0);
    },
    300_000,
  );
  if (!CFN_LINT)
    it.skip('cfn-lint: not installed here (pip install cfn-lint), CloudFormation exports not linted', () => {});

  const mirror = terraformMirror();
  it.skipIf(!mirror)(
    'terraform validate accepts every Terraform export (provider from a local mirror)',
    () => {
      const modules = designs.map(([, design], i): [string, string] => [`design_${i}`, exportOf(design, 'terraform')]);
      expect(terraformValidate(join(work, 'terraform'), modules, mirror!)).toBe('');
    },
    300_000,
  );
  if (!mirror)
    it.skip('terraform validate: no terraform binary or AWS provider mirror (TF_PROVIDER_MIRROR); only the HCL structure is checked', () => {});
});
