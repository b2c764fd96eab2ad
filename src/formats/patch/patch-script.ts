// The patch calls as a bash script of `aws apigateway` commands (update-integration --patch-operations '[...]',
// put-integration-response --cli-input-json '{...}', ...), every JSON argument single-quoted (shell-quote.ts), with
// REST_API_ID and RESOURCE_ID set at the top as in the aws-cli export.
// https://docs.aws.amazon.com/cli/latest/reference/apigateway/update-integration.html
import type { Design } from '../../model/types.ts';
import { asciiJson, shellQuote } from '../aws-cli/shell-quote.ts';
import { oneLine } from '../shared/values.ts';
import type { PatchCall } from './types.ts';

const COMMANDS: Record<PatchCall['operation'], string> = {
  UpdateMethod: 'update-method',
  PutMethodResponse: 'put-method-response',
  UpdateMethodResponse: 'update-method-response',
  DeleteMethodResponse: 'delete-method-response',
  PutIntegration: 'put-integration',
  UpdateIntegration: 'update-integration',
  PutIntegrationResponse: 'put-integration-response',
  UpdateIntegrationResponse: 'update-integration-response',
  DeleteIntegrationResponse: 'delete-integration-response',
};

function command(call: PatchCall, httpMethod: string): string {
  const parts = [
    `aws apigateway ${COMMANDS[call.operation]}`,
    '--rest-api-id "$REST_API_ID"',
    '--resource-id "$RESOURCE_ID"',
    `--http-method ${shellQuote(httpMethod)}`,
  ];
  // The ids on the command line "override the JSON-provided values" of --cli-input-json; statusCode goes inside it.
  if (call.statusCode !== undefined && !call.input) parts.push(`--status-code ${shellQuote(call.statusCode)}`);
  if (call.patchOperations) parts.push(`--patch-operations ${shellQuote(asciiJson(call.patchOperations))}`);
  if (call.input) parts.push(`--cli-input-json ${shellQuote(asciiJson(call.input))}`);
  return parts.join(' \\\n  ');
}

/** The script; `title` names the change in its first comment. */
export function patchScript(calls: readonly PatchCall[], httpMethod: string, title: string): string {
  const lines = [
    '#!/usr/bin/env bash',
    `# ${oneLine(title)}`,
    '# Made by Integration Designer (integration-designer diff); see docs/deploying.md. Needs the AWS CLI (v2).',
    'set -euo pipefail',
    '',
    'REST_API_ID="${REST_API_ID:-}"   # aws apigateway get-rest-apis --query \'items[].[id,name]\' --output text',
    'RESOURCE_ID="${RESOURCE_ID:-}"   # aws apigateway get-resources --rest-api-id "$REST_API_ID" --query \'items[].[id,path]\' --output text',
    'if [ -z "$REST_API_ID" ] || [ -z "$RESOURCE_ID" ]; then',
    '  echo "Set REST_API_ID and RESOURCE_ID at the top of this script." >&2',
    '  exit 2',
    'fi',
    '',
  ];
  if (calls.length === 0) lines.push('echo "No changes." >&2');
  for (const call of calls) lines.push(command(call, httpMethod), '');
  if (calls.length) {
    lines.push(
      'echo "Done. Deploy the API to a stage to make it live: aws apigateway create-deployment --rest-api-id $REST_API_ID --stage-name <stage>" >&2',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The script's title: which design becomes which, on which method. */
export function scriptTitle(before: Design, after: Design): string {
  return `Changes ${JSON.stringify(before.name)} into ${JSON.stringify(after.name)}: ${after.method.httpMethod} ${after.method.resourcePath}`;
}

/** The calls as `diff --to json` prints them: a JSON array, two-space indented, with a final newline. */
export function callsJson(calls: readonly PatchCall[]): string {
  return `${JSON.stringify(calls, null, 2)}\n`;
}
