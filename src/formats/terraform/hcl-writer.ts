// A tiny HCL writer: blocks of attributes, aligned like `terraform fmt` aligns consecutive one-line attributes.
import { hclQuoted, hclText } from './hcl-text.ts';

/** A raw HCL expression (a reference such as var.rest_api_id), written as it is. */
export class Expression {
  constructor(readonly text: string) {}
}

export type HclValue = string | number | boolean | Expression | HclValue[] | { [key: string]: HclValue };

function valueLines(value: HclValue, indent: string): string[] {
  if (value instanceof Expression) return [value.text];
  if (typeof value === 'string') return hclText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) {
    const items = value.map((v) => valueLines(v, indent));
    if (items.every((lines) => lines.length === 1)) return [`[${items.map((l) => l[0]).join(', ')}]`];
    return ['[', ...items.flatMap((lines) => indentLast(lines, `${indent}  `, ',')), `${indent}]`];
  }
  const entries = Object.entries(value).map(([k, v]) => [hclQuoted(k), v] as [string, HclValue]);
  if (entries.length === 0) return ['{}'];
  return ['{', ...attributeLines(entries, `${indent}  `), `${indent}}`];
}

function indentLast(lines: string[], indent: string, suffix: string): string[] {
  const out = lines.map((l, i) => (i === 0 ? indent + l : l));
  out[out.length - 1] += suffix;
  return out;
}

/** `key = value` lines; heredoc bodies are kept flush left (their text must not change). */
export function attributeLines(entries: [string, HclValue][], indent: string): string[] {
  const rendered = entries.map(([key, value]) => ({ key, lines: valueLines(value, indent) }));
  const out: string[] = [];
  let group: { key: string; lines: string[] }[] = [];
  const flush = () => {
    const width = Math.max(0, ...group.map((g) => g.key.length));
    for (const g of group) out.push(`${indent}${g.key.padEnd(width)} = ${g.lines[0]}`);
    group = [];
  };
  for (const r of rendered) {
    if (r.lines.length === 1) {
      group.push(r);
      continue;
    }
    flush();
    out.push(`${indent}${r.key} = ${r.lines[0]}`, ...r.lines.slice(1));
  }
  flush();
  return out;
}

export function block(header: string, entries: [string, HclValue | undefined][], nested: string[] = []): string {
  const present = entries.filter((e): e is [string, HclValue] => e[1] !== undefined);
  return [`${header} {`, ...attributeLines(present, '  '), ...nested, '}'].join('\n');
}
