// Every export format, as the Export dialog and `integration-designer export --to` list them.
import { DesignFormatError } from '../model/design-format-error.ts';
import { checkDesign } from '../model/schema/index.ts';
import type { Design } from '../model/types.ts';
import type { ExportFormat, ExportFormatId, ExportResult } from './types.ts';
import { slugify } from './shared/values.ts';
import { exportDesignJson } from './design-json/export.ts';
import { exportAwsJson } from './aws-json/export.ts';
import { exportAwsCli, exportAwsCliFiles } from './aws-cli/export.ts';
import { exportCloudFormationJson, exportCloudFormationYaml } from './cloudformation/export.ts';
import { exportOpenApiJson, exportOpenApiYaml } from './openapi/export.ts';
import { exportTerraform } from './terraform/export.ts';

/** Models are the REST API's (docs/design-contracts.md#models): only the OpenAPI export writes them. */
const MODELS_NOT_CARRIED = "the API's models (api.models, method.requestModels; the OpenAPI export carries them)";

const named = (suffix: string) => (design: Design) => `${slugify(design.name)}${suffix}`;

const FORMATS: readonly ExportFormat[] = [
  {
    id: 'design-json',
    label: 'Design document (JSON)',
    mediaType: 'application/json',
    fileName: named('.design.json'),
    description:
      'The whole design, samples and mocked backend included: open it again here or run it with integration-designer.',
    cannotCarry: [],
    export: exportDesignJson,
  },
  {
    id: 'aws-json',
    label: 'AWS Integration JSON',
    mediaType: 'application/json',
    fileName: named('.integration.json'),
    description: 'The integration exactly as aws apigateway get-integration prints it, integration responses included.',
    cannotCarry: [
      'the method and its method responses (get-method prints those)',
      'samples and the mocked backend (the design document keeps them)',
      'stage variables (a setting of the stage, not of the method)',
      MODELS_NOT_CARRIED,
      'binary media types (a setting of the REST API: the export says where to set them)',
    ],
    export: exportAwsJson,
  },
  {
    id: 'aws-cli',
    label: 'AWS CLI script',
    mediaType: 'text/x-shellscript',
    fileName: named('.sh'),
    description: 'A bash script of aws apigateway put-method / put-integration / put-integration-response commands.',
    cannotCarry: [
      'samples and the mocked backend (the design document keeps them)',
      'stage variables (a setting of the stage, not of the method)',
      MODELS_NOT_CARRIED,
      'binary media types (a setting of the REST API: the export says where to set them)',
    ],
    export: exportAwsCli,
  },
  {
    id: 'aws-cli-files',
    label: 'AWS CLI script (--cli-input-json files)',
    mediaType: 'text/x-shellscript',
    fileName: named('.cli-input.sh'),
    description: 'The same commands, each reading its request from a --cli-input-json file the script writes first.',
    cannotCarry: [
      'samples and the mocked backend (the design document keeps them)',
      'stage variables (a setting of the stage, not of the method)',
      MODELS_NOT_CARRIED,
      'binary media types (a setting of the REST API: the export says where to set them)',
    ],
    export: exportAwsCliFiles,
  },
  {
    id: 'cloudformation-yaml',
    label: 'CloudFormation (YAML)',
    mediaType: 'application/yaml',
    fileName: named('.cfn.yaml'),
    description: 'A template with an AWS::ApiGateway::Method for an existing resource: aws cloudformation deploy.',
    cannotCarry: [
      'samples and the mocked backend (the design document keeps them)',
      'stage variables (a setting of the stage, not of the method)',
      MODELS_NOT_CARRIED,
      'binary media types (a property of the REST API resource: kept in Metadata only)',
    ],
    export: exportCloudFormationYaml,
  },
  {
    id: 'cloudformation-json',
    label: 'CloudFormation (JSON)',
    mediaType: 'application/json',
    fileName: named('.cfn.json'),
    description: 'The same template in JSON.',
    cannotCarry: [
      'samples and the mocked backend (the design document keeps them)',
      'stage variables (a setting of the stage, not of the method)',
      MODELS_NOT_CARRIED,
      'binary media types (a property of the REST API resource: kept in Metadata only)',
    ],
    export: exportCloudFormationJson,
  },
  {
    id: 'openapi',
    label: 'OpenAPI 3 (JSON)',
    mediaType: 'application/json',
    fileName: named('.openapi.json'),
    description: 'OpenAPI 3.0 with x-amazon-apigateway-integration: aws apigateway put-rest-api --mode merge.',
    cannotCarry: [
      'samples and the mocked backend (the design document keeps them)',
      'stage variables (a setting of the stage, not of the method)',
    ],
    export: exportOpenApiJson,
  },
  {
    id: 'openapi-yaml',
    label: 'OpenAPI 3 (YAML)',
    mediaType: 'application/yaml',
    fileName: named('.openapi.yaml'),
    description: 'The same OpenAPI document in YAML.',
    cannotCarry: [
      'samples and the mocked backend (the design document keeps them)',
      'stage variables (a setting of the stage, not of the method)',
    ],
    export: exportOpenApiYaml,
  },
  {
    id: 'terraform',
    label: 'Terraform',
    mediaType: 'text/plain',
    fileName: named('.tf'),
    description: 'aws_api_gateway_method, _method_response, _integration and _integration_response resources.',
    cannotCarry: [
      'samples and the mocked backend (the design document keeps them)',
      'stage variables (a setting of the stage, not of the method)',
      MODELS_NOT_CARRIED,
      'binary media types (binary_media_types of aws_api_gateway_rest_api)',
    ],
    export: exportTerraform,
  },
];

/**
 * Every exporter writes names, scripts and templates from the design's fields: a field of the wrong type (a number
 * URI, an object name) would come out as `[object Object]` in a shell script or a Terraform resource name. So each
 * one first checks the design against the design document's schema and refuses, saying `path: message`.
 */
function requireDesign(design: Design): void {
  const { errors } = checkDesign(design);
  if (errors.length > 0) throw DesignFormatError.of(errors);
}

function guarded(format: ExportFormat): ExportFormat {
  return {
    ...format,
    fileName: (design) => {
      requireDesign(design);
      return format.fileName(design);
    },
    export: (design) => {
      requireDesign(design);
      return format.export(design);
    },
  };
}

export const EXPORT_FORMATS: readonly ExportFormat[] = FORMATS.map(guarded);

/** Names the command line also accepts: `cloudformation` is the YAML template, `openapi-json` the JSON document. */
export const EXPORT_FORMAT_ALIASES: Record<string, ExportFormatId> = {
  cloudformation: 'cloudformation-yaml',
  'openapi-json': 'openapi',
};

export function findExportFormat(id: string): ExportFormat | undefined {
  const resolved = EXPORT_FORMAT_ALIASES[id] ?? id;
  return EXPORT_FORMATS.find((f) => f.id === resolved);
}

export function exportDesign(design: Design, id: ExportFormatId): ExportResult {
  const format = findExportFormat(id);
  if (!format) throw new Error(`unknown export format "${id}"`);
  return format.export(design);
}
