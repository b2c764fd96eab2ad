// Test fixtures: one design per integration type, and "what a design means" for comparisons.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { restoreDesign } from '../../../src/model/restore.ts';
import type { Design } from '../../../src/model/types.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));

/** One fixture per integration type (HTTP, HTTP_PROXY, AWS, AWS_PROXY, MOCK). */
export const DESIGN_NAMES = ['http', 'http-proxy', 'aws', 'aws-proxy', 'mock'] as const;

export function loadDesign(name: string): Design {
  return restoreDesign(JSON.parse(readFileSync(`${FIXTURES}designs/${name}.design.json`, 'utf8'))).design;
}

/** A fixture design with one edit applied (for before/after pairs). */
export function editedDesign(name: string, edit: (design: Design) => void): Design {
  const design = loadDesign(name);
  edit(design);
  return design;
}

/**
 * A design's meaning: unset fields (null), empty maps and empty lists say nothing to API Gateway (GetIntegration
 * leaves them out), so they are dropped before comparing what an export carried.
 */
export function meaning(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(meaning);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const v = meaning(raw);
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0) continue;
    out[key] = v;
  }
  return out;
}
