// CloudFormation intrinsic functions, in the long form that JSON templates use ({ "Ref": x }, { "Fn::Sub": s }).
// Short-form YAML tags (!Ref, !Sub, !GetAtt ...) are turned into this form on import, and back on YAML export.
// Source: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html

const FUNCTION_TAGS = new Set([
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'Length',
  'ToJsonString',
]);

/** `!Ref X` -> `{ Ref: X }`, `!GetAtt A.B` -> `{ "Fn::GetAtt": ["A", "B"] }`, `!Sub s` -> `{ "Fn::Sub": s }`. */
export function intrinsicFromTag(tag: string, value: unknown): Record<string, unknown> | null {
  const name = tag.slice(1);
  if (name === 'Ref' || name === 'Condition') return { [name]: value };
  if (!FUNCTION_TAGS.has(name)) return null;
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot > 0 ? [value.slice(0, dot), value.slice(dot + 1)] : [value] };
  }
  return { [`Fn::${name}`]: value };
}

/** The intrinsic function a value is, if it is one: `{ Ref: ... }` or `{ "Fn::X": ... }` with a single key. */
export function asIntrinsic(value: unknown): { name: string; argument: unknown } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1) return null;
  const key = keys[0]!;
  if (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::')) {
    return { name: key.replace(/^Fn::/, ''), argument: (value as Record<string, unknown>)[key] };
  }
  return null;
}

/**
 * Best-effort text for a value that may be an intrinsic function: strings stay as they are; `Fn::Sub` keeps its
 * `${...}` text; `Ref`/`GetAtt` become `${Name}` / `${Name.Attr}` (Sub syntax); `Fn::Join` joins. Returns null for
 * what cannot be shown as text. `used` collects the functions met, so the importer can say what it approximated.
 */
export function intrinsicToText(value: unknown, used: Set<string>): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const fn = asIntrinsic(value);
  if (!fn) return null;
  used.add(fn.name);
  const arg = fn.argument;
  switch (fn.name) {
    case 'Ref':
      return typeof arg === 'string' ? `\${${arg}}` : null;
    case 'GetAtt': {
      const parts = typeof arg === 'string' ? [arg] : Array.isArray(arg) ? arg : null;
      return parts?.every((p) => typeof p === 'string') ? `\${${parts.join('.')}}` : null;
    }
    case 'Sub':
      if (typeof arg === 'string') return arg;
      if (Array.isArray(arg) && typeof arg[0] === 'string') return arg[0];
      return null;
    case 'Join': {
      if (!Array.isArray(arg) || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) return null;
      const parts = arg[1].map((p: unknown) => intrinsicToText(p, used));
      return parts.every((p) => p !== null) ? parts.join(arg[0]) : null;
    }
    default:
      return null;
  }
}
