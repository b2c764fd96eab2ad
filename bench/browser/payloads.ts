// The designs and sample bodies the browser benchmarks use: a template that reads the body through $input.path and
// says how many items it saw, so "the preview is up to date" can be read from the integration request body.
import { defaultDesign, serializeDesign } from '../../src/model/index.ts';

/** The request template typed into: `typed` grows by one character per keystroke. */
export const COUNTING_TEMPLATE = `#set($b = $input.path('$'))\n{"count": "$b.items.size()", "typed": "Z"}`;

/** The template of the large-output row: the whole body, compact, in the integration request. */
export const COPYING_TEMPLATE = `#set($b = $input.path('$'))\n{"count": "$b.items.size()", "all": $input.json('$')}`;

/** A JSON body of about `bytes` characters: `{"name": "Rex", "items": [...]}`, pretty-printed like a pasted payload. */
export function sampleBody(bytes: number, compact = false): { body: string; items: number } {
  const item = (i: number) => ({ id: i, name: `pet number ${i}`, price: (i % 100) + 0.5, tags: ['a', 'b'] });
  const indent = compact ? undefined : 2;
  const perItem = JSON.stringify({ items: [item(99_999)] }, null, indent).length - (compact ? 10 : 20);
  const items = Math.max(1, Math.round(bytes / perItem));
  const body = JSON.stringify({ name: 'Rex', items: Array.from({ length: items }, (_, i) => item(i)) }, null, indent);
  return { body, items };
}

/** The stored-envelope value of a design with `template` and a sample `body` (as a previous visit leaves it). */
export function storedDesign(template: string, body: string): string {
  const design = defaultDesign();
  design.integration.requestTemplates = { 'application/json': template };
  design.samples = [{ ...design.samples[0], body }];
  return JSON.stringify({ design: serializeDesign(design), selectedSample: 0 });
}

/** The 10 KB design of the first keystroke row (compact body, 215 items). */
export function tenKbDesign(): string {
  const items = Array.from({ length: 215 }, (_, i) => ({ id: i, name: `pet number ${i}`, tags: ['a', 'b'] }));
  const body = JSON.stringify({ name: 'Rex', items });
  if (body.length < 10_000) throw new Error('sample body should be about 10 KB');
  return storedDesign(COUNTING_TEMPLATE, body);
}
