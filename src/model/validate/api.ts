// API-level settings a design carries: binaryMediaTypes, stageName, stageVariables.
// binaryMediaTypes: media types, wildcards allowed (`*/*`, `image/*`),
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html.
// Stage name and variables: https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html and the quotas table
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html.
import { isMediaType } from '../media-type-syntax.ts';
import {
  STAGE_NAME_PATTERN,
  STAGE_VARIABLE_LIMITS,
  STAGE_VARIABLE_NAME_PATTERN,
  STAGE_VARIABLE_VALUE_PATTERN,
} from '../names.ts';
import { indexPath, keyPath } from '../paths.ts';
import type { Design } from '../types.ts';
import { isAbsent, isRecord, type ProblemList } from './problem-list.ts';

export function checkApi(design: Design, out: ProblemList): void {
  const api = design.api as unknown;
  if (isAbsent(api)) return;
  if (!isRecord(api)) {
    out.error('api', 'expected an object');
    return;
  }
  checkBinaryMediaTypes(api.binaryMediaTypes, out);
  if (!isAbsent(api.stageName) && (typeof api.stageName !== 'string' || !STAGE_NAME_PATTERN.test(api.stageName))) {
    out.error(
      'api.stageName',
      'Stage names can only contain alphanumeric characters, hyphens, and underscores. Maximum length is 128 characters.',
    );
  }
  checkStageVariables(api.stageVariables, 'api.stageVariables', out);
}

function checkBinaryMediaTypes(types: unknown, out: ProblemList): void {
  if (isAbsent(types)) return;
  if (!Array.isArray(types)) {
    out.error('api.binaryMediaTypes', 'expected an array of media types, like ["image/png", "*/*"]');
    return;
  }
  const seen = new Set<string>();
  types.forEach((type: unknown, i) => {
    const path = indexPath('api.binaryMediaTypes', i);
    if (typeof type !== 'string' || !isMediaType(type))
      out.error(path, `${JSON.stringify(type)} is not a media type like image/png or image/*`);
    else if (seen.has(type.toLowerCase())) out.warning(path, `${type} is listed twice`);
    else seen.add(type.toLowerCase());
  });
}

/** Also used for samples' stageVariables overrides, which stand for the same stage variables. */
export function checkStageVariables(variables: unknown, base: string, out: ProblemList): void {
  if (isAbsent(variables)) return;
  if (!isRecord(variables)) {
    out.error(base, 'expected an object of name -> value');
    return;
  }
  const entries = Object.entries(variables);
  if (entries.length > STAGE_VARIABLE_LIMITS.perStage) {
    out.error(base, `${entries.length} stage variables; a stage has at most ${STAGE_VARIABLE_LIMITS.perStage}`);
  }
  for (const [name, value] of entries) {
    const path = keyPath(base, name);
    if (!STAGE_VARIABLE_NAME_PATTERN.test(name))
      out.error(path, 'a stage variable name has only letters, digits and underscores');
    else if (name.length > STAGE_VARIABLE_LIMITS.nameLength)
      out.error(path, `the name is ${name.length} characters; the limit is 64`);
    if (typeof value !== 'string') out.error(path, `the value must be a string, not ${JSON.stringify(value)}`);
    else if (value.length > STAGE_VARIABLE_LIMITS.valueLength)
      out.error(path, `the value is ${value.length} characters; the limit is 512`);
    else if (!STAGE_VARIABLE_VALUE_PATTERN.test(value)) {
      out.error(
        path,
        'the value must match [A-Za-z0-9-._~:/?#&=,]+ (letters, digits and - . _ ~ : / ? # & = , only; not empty)',
      );
    }
  }
}
