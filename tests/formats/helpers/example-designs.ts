// Every example design the exports must deploy: the golden fixtures, the valid fixture designs, the default design
// for each integration type, and examples/**/*.design.json when that folder exists.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { changeIntegrationType, defaultDesign } from '../../../src/model/defaults.ts';
import { restoreDesign } from '../../../src/model/restore.ts';
import type { Design, IntegrationType } from '../../../src/model/types.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TYPES: IntegrationType[] = ['HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY', 'MOCK'];

function read(file: string): Design {
  return restoreDesign(JSON.parse(readFileSync(`${ROOT}${file}`, 'utf8'))).design;
}

export function exampleDesigns(): Array<[string, Design]> {
  const files = [
    ...globSync('tests/fixtures/formats/designs/*.design.json', { cwd: ROOT }),
    ...globSync('tests/fixtures/designs/valid-*.json', { cwd: ROOT }),
    ...(existsSync(`${ROOT}examples`) ? globSync('examples/**/*.design.json', { cwd: ROOT }) : []),
  ].sort();
  const defaults = TYPES.map((type): [string, Design] => {
    const design = defaultDesign();
    return [`default ${type}`, { ...design, integration: changeIntegrationType(design.integration, type) }];
  });
  return [...files.map((f): [string, Design] => [f, read(f)]), ...defaults];
}
