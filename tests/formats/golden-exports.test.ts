// Golden files: each export of each fixture design, compared byte for byte, so that any change to what users deploy
// shows up in review. After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/formats/golden-exports.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/formats/registry.ts';
import { DESIGN_NAMES, FIXTURES, loadDesign } from './helpers/designs.ts';

const GOLDEN = `${FIXTURES}golden/`;
const SUFFIX: Record<string, string> = {
  'design-json': 'design.json',
  'aws-json': 'integration.json',
  'aws-cli': 'sh',
  'aws-cli-files': 'cli-input.sh',
  'cloudformation-yaml': 'cfn.yaml',
  'cloudformation-json': 'cfn.json',
  openapi: 'openapi.json',
  'openapi-yaml': 'openapi.yaml',
  terraform: 'tf',
};

describe.each(DESIGN_NAMES)('golden exports of the %s design', (name) => {
  it.each(EXPORT_FORMATS.map((f) => [f.id, f] as const))('%s', (id, format) => {
    const { text } = format.export(loadDesign(name));
    const file = `${GOLDEN}${name}.${SUFFIX[id]}`;
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, text);
    }
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
