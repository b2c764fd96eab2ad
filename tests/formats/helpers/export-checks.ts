// The real tools that check an export where they can run here: bash -n (AWS CLI scripts), cfn-lint (CloudFormation),
// terraform validate with a local provider mirror (Terraform), @seriousme/openapi-schema-validator (OpenAPI).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function hasCommand(command: string, args = ['--version']): boolean {
  return spawnSync(command, args, { encoding: 'utf8' }).status === 0;
}

export function bashSyntax(script: string): string | null {
  const r = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
  return r.status === 0 ? null : r.stderr;
}

/** cfn-lint on all files at once (it takes seconds to start); its findings, or '' when clean. */
export function cfnLint(files: string[]): { status: number | null; output: string } {
  const r = spawnSync('cfn-lint', ['--format', 'parseable', '--', ...files], { encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

/** A directory holding the AWS provider (a filesystem mirror), from TF_PROVIDER_MIRROR or /opt/tf-plugins. */
export function terraformMirror(): string | null {
  const mirror = process.env.TF_PROVIDER_MIRROR ?? '/opt/tf-plugins';
  return existsSync(join(mirror, 'registry.terraform.io/hashicorp/aws')) && hasCommand('terraform', ['version'])
    ? mirror
    : null;
}

/** `terraform init` from the mirror (no network) and `terraform validate` of every export, each as a module. */
export function terraformValidate(dir: string, modules: Array<[string, string]>, mirror: string): string {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'terraformrc');
  writeFileSync(
    config,
    `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n`,
  );
  const root = [
    'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\n',
    'provider "aws" {\n  region = "us-east-1"\n}\n',
  ];
  for (const [name, text] of modules) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'main.tf'), text);
    root.push(
      `module "${name}" {\n  source      = "./${name}"\n  rest_api_id = "a1b2c3d4e5"\n  resource_id = "abc123"\n}\n`,
    );
  }
  writeFileSync(join(dir, 'main.tf'), root.join('\n'));
  const env = { ...process.env, TF_CLI_CONFIG_FILE: config, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
  const run = (args: string[]) => spawnSync('terraform', args, { cwd: dir, env, encoding: 'utf8', timeout: 300_000 });
  const init = run(['init', '-input=false', '-no-color', '-backend=false']);
  if (init.status !== 0) return `terraform init failed: ${init.stdout}${init.stderr}`;
  const validate = run(['validate', '-no-color']);
  return validate.status === 0 ? '' : `${validate.stdout}${validate.stderr}`;
}

/**
 * What can be checked of HCL without Terraform: braces and brackets balance outside strings and heredocs, every
 * resource is one the AWS provider has, and each has the arguments the provider requires.
 */
export function hclStructureProblems(text: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  let inString = false;
  let heredoc: string | null = null;
  for (const line of text.split('\n')) {
    if (heredoc !== null) {
      if (line.trim() === heredoc) heredoc = null;
      continue;
    }
    if (!inString && line.trimStart().startsWith('#')) continue;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      if (depth < 0) problems.push(`unbalanced close: ${line}`);
    }
    const open = /<<-?([A-Z_]+)\s*$/.exec(line);
    if (open && !inString) heredoc = open[1]!;
  }
  if (depth !== 0 || inString || heredoc) problems.push('unbalanced braces, strings or heredocs');
  const REQUIRED: Record<string, string[]> = {
    aws_api_gateway_method: ['rest_api_id', 'resource_id', 'http_method', 'authorization'],
    aws_api_gateway_method_response: ['rest_api_id', 'resource_id', 'http_method', 'status_code'],
    aws_api_gateway_integration: ['rest_api_id', 'resource_id', 'http_method', 'type'],
    aws_api_gateway_integration_response: ['rest_api_id', 'resource_id', 'http_method', 'status_code'],
  };
  for (const m of text.matchAll(/^resource "([a-z_]+)" "([^"]+)" \{\n([\s\S]*?)\n\}/gm)) {
    const required = REQUIRED[m[1]!];
    if (!required) problems.push(`unknown resource type ${m[1]}`);
    for (const argument of required ?? [])
      if (!new RegExp(`^\\s+${argument}\\s+=`, 'm').test(m[3]!)) problems.push(`${m[1]}.${m[2]}: no ${argument}`);
  }
  return problems;
}
