// What the open-file slice needs of the file formats (reading API definitions, writing edits back, opening a
// workspace): the YAML and JSON editors and the CloudFormation/OpenAPI readers. Loaded by `import()` only on a page
// that `integration-designer open` serves, so the designer's first download does not carry them.
export { readApiDesigns } from '../formats/api-definition/read-api-designs.ts';
export { writeBackApi } from '../formats/api-definition/write-back.ts';
export { openApiWorkspace } from '../workspace/open-api-workspace.ts';
