// The designs of examples/ (each with samples that test it), bundled into the app by Vite's import.meta.glob. Loaded
// only when "New from example" opens (its own chunk). Each goes through the model's restore step like any file.
import { restoreDesign } from '../../model/restore.ts';
import type { Design } from '../../model/types.ts';

const FILES = import.meta.glob<unknown>('../../../examples/*/*.design.json', { eager: true, import: 'default' });

export interface ExampleDesign {
  /** The folder and file under examples/, e.g. "lambda-proxy/get-user.design.json". */
  id: string;
  name: string;
  /** "AWS_PROXY · GET /users/{userId}". */
  summary: string;
  design: Design;
}

export const EXAMPLE_DESIGNS: ExampleDesign[] = Object.entries(FILES)
  .map(([path, value]) => {
    const design = restoreDesign(value).design;
    return {
      id: path.replace(/^.*examples\//, ''),
      name: design.name,
      summary: `${design.integration.type} · ${design.method.httpMethod} ${design.method.resourcePath}`,
      design,
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));
