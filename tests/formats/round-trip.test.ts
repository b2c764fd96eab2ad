// Export, then import: the design comes back, for every integration type and every format that carries the
// integration. "The parts that format carries" are listed per format; with a base design the rest comes from it.
import { describe, expect, it } from 'vitest';
import { exportDesign } from '../../src/formats/registry.ts';
import { importDesign } from '../../src/formats/import-design.ts';
import type { ExportFormatId, ImportFormatId } from '../../src/formats/types.ts';
import type { Design } from '../../src/model/types.ts';
import { DESIGN_NAMES, loadDesign, meaning } from './helpers/designs.ts';

const methodAndResponses = (d: Design) => ({
  method: d.method,
  integration: d.integration,
  methodResponses: d.methodResponses ?? {},
});

const CARRIERS: { format: ExportFormatId; from: ImportFormatId; carried: (d: Design) => unknown }[] = [
  { format: 'aws-json', from: 'aws-json', carried: (d) => ({ integration: d.integration }) },
  { format: 'design-json', from: 'design-json', carried: (d) => d },
  {
    format: 'openapi',
    from: 'openapi',
    carried: (d) => ({
      name: d.name,
      api: { binaryMediaTypes: d.api.binaryMediaTypes, stageName: d.api.stageName },
      ...methodAndResponses(d),
    }),
  },
  {
    format: 'openapi-yaml',
    from: 'openapi',
    carried: (d) => ({
      name: d.name,
      api: { binaryMediaTypes: d.api.binaryMediaTypes, stageName: d.api.stageName },
      ...methodAndResponses(d),
    }),
  },
  {
    format: 'cloudformation-yaml',
    from: 'cloudformation',
    carried: (d) => ({ name: d.name, api: d.api, ...methodAndResponses(d) }),
  },
  {
    format: 'cloudformation-json',
    from: 'cloudformation',
    carried: (d) => ({ name: d.name, api: d.api, ...methodAndResponses(d) }),
  },
];

describe.each(DESIGN_NAMES)('round trip of the %s design', (name) => {
  const design = loadDesign(name);

  it.each(CARRIERS)('$format: export then import with the design as base gives the same design', ({ format, from }) => {
    const { text } = exportDesign(design, format);
    const imported = importDesign(text, { base: design });
    expect(imported).toMatchObject({ ok: true, from });
    if (!imported.ok) return;
    if (format === 'design-json') expect(imported.design).toEqual(design);
    else expect(meaning(imported.design)).toEqual(meaning(design));
  });

  it.each(CARRIERS)(
    '$format: export then import alone gives back the parts the format carries (format detected)',
    ({ format, from, carried }) => {
      const { text } = exportDesign(design, format);
      const imported = importDesign(text);
      expect(imported).toMatchObject({ ok: true, from });
      if (imported.ok) expect(meaning(carried(imported.design))).toEqual(meaning(carried(design)));
    },
  );
});
