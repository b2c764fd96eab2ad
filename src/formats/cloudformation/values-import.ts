// Checks and converts the map values of a CloudFormation Method (string maps, boolean maps), whose values may be
// intrinsic functions, strings "true"/"false" (CloudFormation accepts them for booleans) or numbers.
import { intrinsicToText } from '../shared/cfn-intrinsics.ts';
import { isPlainObject } from '../shared/values.ts';

export interface Conversion {
  used: Set<string>;
  errors: string[];
}

export const NUMBER_FIELDS = new Set(['timeoutInMillis']);

export function importMapValue(
  value: unknown,
  path: string,
  conversion: Conversion,
  kind: 'string' | 'boolean',
): Record<string, string | boolean> | null {
  if (!isPlainObject(value)) {
    conversion.errors.push(`${path}: expected a map`);
    return null;
  }
  const out: Record<string, string | boolean> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (kind === 'boolean') {
      if (typeof raw === 'boolean') out[key] = raw;
      else if (raw === 'true' || raw === 'false') out[key] = raw === 'true';
      else conversion.errors.push(`${path}.${key}: expected true or false`);
    } else {
      const text = intrinsicToText(raw, conversion.used);
      if (text === null) conversion.errors.push(`${path}.${key}: expected text`);
      else out[key] = text;
    }
  }
  return out;
}
