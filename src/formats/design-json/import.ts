// Reads a design document (`integration-designer/N`); the model's restore step upgrades and checks it.
import type { PartsResult } from '../types.ts';
import { isPlainObject } from '../shared/values.ts';

export function looksLikeDesign(value: unknown): boolean {
  return isPlainObject(value) && typeof value.format === 'string' && value.format.startsWith('integration-designer/');
}

export function importDesignJson(value: unknown): PartsResult {
  if (!looksLikeDesign(value)) {
    return { ok: false, error: 'format: expected "integration-designer/1" (this is not a design document)' };
  }
  const whole = value as Record<string, unknown>;
  const integration = isPlainObject(whole.integration) ? whole.integration : {};
  return { ok: true, parts: { whole, integration }, notes: [] };
}
