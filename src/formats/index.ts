// Public entry of the export/import modules (browser and Node).
export { EXPORT_FORMATS, EXPORT_FORMAT_ALIASES, exportDesign, findExportFormat } from './registry.ts';
export { importDesign } from './import-design.ts';
export { detectImportFormat, IMPORT_FORMAT_IDS } from './detect-format.ts';
export {
  putIntegrationInput,
  putIntegrationResponseInputs,
  putMethodInput,
  putMethodResponseInputs,
} from './aws-cli/cli-inputs.ts';
export type * from './types.ts';
