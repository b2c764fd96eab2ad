// Tells which kind of file an import is from its content, most specific first.
import type { ImportFormatId } from './types.ts';
import { looksLikeDesign } from './design-json/import.ts';
import { looksLikeOpenApi } from './openapi/import.ts';
import { looksLikeCloudFormation } from './cloudformation/import.ts';
import { looksLikeAwsJson } from './aws-json/import.ts';

export const IMPORT_FORMAT_IDS: readonly ImportFormatId[] = ['design-json', 'aws-json', 'openapi', 'cloudformation'];

export function detectImportFormat(value: unknown): ImportFormatId | null {
  if (looksLikeDesign(value)) return 'design-json';
  if (looksLikeOpenApi(value)) return 'openapi';
  if (looksLikeCloudFormation(value)) return 'cloudformation';
  if (looksLikeAwsJson(value)) return 'aws-json';
  return null;
}
