// What the Export and Import dialogs compute: every registry format previews with its file name and media type;
// an import names the file in its error, offers the candidates of a file with several methods, and a chosen
// candidate imports. Round trip: the design-json export imports back to the same design.
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/formats/index.ts';
import { exportPreview } from '../../src/ui/export/export-preview.ts';
import { importFromSource } from '../../src/ui/export/import-text.ts';
import { loadDesign } from '../formats/helpers/designs.ts';

describe('export previews', () => {
  it.each(EXPORT_FORMATS.map((f) => [f.id, f] as const))(
    '%s: text, file name and media type from the registry',
    (_id, format) => {
      const design = loadDesign('http');
      const preview = exportPreview(design, format.id);
      expect(preview.ok).toBe(true);
      if (!preview.ok) return;
      expect(preview.text.length).toBeGreaterThan(0);
      expect(preview.fileName).toBe(format.fileName(design));
      expect(preview.mediaType).toBe(format.mediaType);
    },
  );
});

describe('imports', () => {
  it('the design-json export imports back to the same design', () => {
    const design = loadDesign('aws');
    const preview = exportPreview(design, 'design-json');
    if (!preview.ok) throw new Error(preview.error);
    const imported = importFromSource({ label: preview.fileName, text: preview.text }, { base: loadDesign('mock') });
    expect(imported.ok && imported.design).toEqual(design);
  });

  it('an unreadable file says which file and where', () => {
    const outcome = importFromSource(
      { label: 'pets.json', text: '{\n  "format": "integration-designer/1",\n  "name": \n}' },
      { base: loadDesign('http') },
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(/^pets\.json: .*line 4/s);
  });

  it('an empty paste is refused without calling the importer', () => {
    expect(importFromSource({ label: 'The pasted text', text: '  ' }, { base: loadDesign('http') })).toEqual({
      ok: false,
      error: 'The pasted text is empty.',
      candidates: [],
    });
  });

  it('an OpenAPI document with two methods offers both; the chosen one imports', () => {
    const integration = { type: 'mock', requestTemplates: { 'application/json': '{"statusCode": 200}' } };
    const text = JSON.stringify({
      openapi: '3.0.1',
      info: { title: 'Pets', version: '1' },
      paths: {
        '/pets': {
          get: { 'x-amazon-apigateway-integration': integration },
          post: { 'x-amazon-apigateway-integration': integration },
        },
      },
    });
    const first = importFromSource({ label: 'api.json', text }, { base: loadDesign('http') });
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.candidates.map((c) => [c.path, c.method])).toEqual([
      ['/pets', 'GET'],
      ['/pets', 'POST'],
    ]);
    const chosen = importFromSource(
      { label: 'api.json', text },
      { base: loadDesign('http'), candidate: first.candidates[1] },
    );
    expect(chosen.ok && chosen.design.method).toMatchObject({ httpMethod: 'POST', resourcePath: '/pets' });
  });
});
