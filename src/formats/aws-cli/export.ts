// `aws-cli` and `aws-cli-files`: a bash script of `aws apigateway` commands that deploys the method, its responses,
// the integration and its responses onto an existing resource. The user sets REST_API_ID and RESOURCE_ID at the top.
// - aws-cli:       every map is an inline JSON argument in single quotes ('\'' for a quote inside): safe for any text.
// - aws-cli-files: each request is a --cli-input-json file written by a quoted heredoc (no expansion inside), with the
//                  ids given on the command line, which "override the JSON-provided values"
//                  (https://docs.aws.amazon.com/cli/latest/reference/apigateway/put-integration.html, --cli-input-json).
import { deployableDesign } from '../shared/deploy-needs.ts';
import type { Design } from '../../model/types.ts';
import type { ExportResult } from '../types.ts';
import { asciiJson, shellQuote } from './shell-quote.ts';
import {
  putIntegrationInput,
  putIntegrationResponseInputs,
  putMethodInput,
  putMethodResponseInputs,
  unexportedIntegrationFields,
} from './cli-inputs.ts';
import { oneLine } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';

type Style = 'inline' | 'files';

const ID_ARGUMENTS = ['--rest-api-id "$REST_API_ID"', '--resource-id "$RESOURCE_ID"'];

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function argument(key: string, value: unknown): string {
  const option = `--${kebab(key)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${option} ${value}`;
  if (typeof value === 'string') {
    // argparse would take a value that starts with "-" for an option; "--opt=value" cannot be misread.
    return key === 'selectionPattern' || value === '' || value.startsWith('-')
      ? `${option}=${shellQuote(value)}`
      : `${option} ${shellQuote(value)}`;
  }
  return `${option} ${shellQuote(asciiJson(value))}`;
}

function inlineCommand(operation: string, input: PlainObject, indent: string): string {
  const lines = [
    `aws apigateway ${operation}`,
    ...ID_ARGUMENTS,
    ...Object.entries(input).map(([k, v]) => argument(k, v)),
  ];
  return indent + lines.join(` \\\n${indent}  `);
}

function fileCommand(operation: string, input: PlainObject, fileName: string, indent: string): string {
  const path = `$WORK_DIR/${fileName}`;
  return [
    `${indent}cat > "${path}" <<'END_OF_JSON'`,
    asciiJson(input, 2),
    'END_OF_JSON',
    `${indent}aws apigateway ${operation} ${ID_ARGUMENTS.join(' ')} --cli-input-json "file://${path}"`,
  ].join('\n');
}

function header(design: Design, style: Style): string[] {
  const i = design.integration;
  const target = oneLine([i.type, i.httpMethod, i.uri].filter(Boolean).join(' '));
  const path = oneLine(design.method.resourcePath);
  const lines = [
    '#!/usr/bin/env bash',
    `# Deploys the integration ${oneLine(JSON.stringify(design.name))}: ${oneLine(design.method.httpMethod)} ${path} -> ${target}`,
    '# Made by Integration Designer; see docs/deploying.md. Needs the AWS CLI (v2) with credentials for the API.',
    'set -euo pipefail',
    '',
    '# Set these two here, or export them before running the script:',
    'REST_API_ID="${REST_API_ID:-}"   # aws apigateway get-rest-apis --query \'items[].[id,name]\' --output text',
    `RESOURCE_ID="\${RESOURCE_ID:-}"   # id of ${path}: aws apigateway get-resources --rest-api-id "$REST_API_ID" --query 'items[].[id,path]' --output text`,
    '# CREATE_METHOD=false skips put-method and put-method-response when the method already exists.',
    'CREATE_METHOD="${CREATE_METHOD:-true}"',
    '',
    'if [ -z "$REST_API_ID" ] || [ -z "$RESOURCE_ID" ]; then',
    '  echo "Set REST_API_ID and RESOURCE_ID at the top of this script." >&2',
    '  exit 2',
    'fi',
  ];
  if (style === 'files') lines.push('', 'WORK_DIR="$(mktemp -d)"', 'trap \'rm -rf "$WORK_DIR"\' EXIT');
  return lines;
}

function exportCli(designed: Design, style: Style): ExportResult {
  // Declares what the deploy needs (method request parameters, method response headers): shared/deploy-needs.ts.
  const { design, warnings: needs } = deployableDesign(designed);
  const render = (operation: string, input: PlainObject, file: string, indent = '') =>
    style === 'inline' ? inlineCommand(operation, input, indent) : fileCommand(operation, input, file, indent);
  const lines = header(design, style);
  lines.push('', 'if [ "$CREATE_METHOD" = true ]; then');
  lines.push(render('put-method', putMethodInput(design), 'put-method.json', '  '));
  putMethodResponseInputs(design).forEach((input) => {
    lines.push(render('put-method-response', input, `put-method-response-${input.statusCode}.json`, '  '));
  });
  lines.push('fi', '');
  lines.push(render('put-integration', putIntegrationInput(design), 'put-integration.json'));
  putIntegrationResponseInputs(design).forEach((input) => {
    lines.push(render('put-integration-response', input, `put-integration-response-${input.statusCode}.json`));
  });
  lines.push(
    '',
    'echo "Done. Deploy the API to a stage to make it live: aws apigateway create-deployment --rest-api-id $REST_API_ID --stage-name <stage>" >&2',
    '',
  );
  const warnings = [
    ...needs,
    ...unexportedIntegrationFields(design).map((f) => `integration.${f}: not a put-integration option, left out`),
  ];
  if (design.api.binaryMediaTypes?.length) {
    warnings.push('api.binaryMediaTypes: set on the REST API, not the method; see docs/deploying.md');
  }
  return { text: lines.join('\n'), warnings };
}

export const exportAwsCli = (design: Design): ExportResult => exportCli(design, 'inline');
export const exportAwsCliFiles = (design: Design): ExportResult => exportCli(design, 'files');
