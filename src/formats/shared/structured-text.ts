// Parses the text of an imported file (JSON or YAML, CloudFormation short-form tags included) into plain values.
// Errors say where: "line L, column C: message". Pure: runs in the browser and in Node.
import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { intrinsicFromTag } from './cfn-intrinsics.ts';
import { findUnsafeKey, UNSAFE_KEYS } from '../../model/unsafe-keys.ts';
import { lineAndColumn, parseJson } from '../../model/json-syntax.ts';
import { MAX_IMPORT_DEPTH } from '../../model/schema/depth.ts';
import { textDepthOf } from '../../model/schema/depth.ts';

export type ParsedText = { ok: true; value: unknown; syntax: 'json' | 'yaml' } | { ok: false; error: string };

const YAML_CORE_TAG = 'tag:yaml.org,2002:';
/** The YAML core schema's tags whose values are JSON values (https://yaml.org/spec/1.2.2/#103-core-schema). */
const JSON_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq']);

/** Aliases let a small YAML file expand hugely ("billion laughs"); real templates use few and stay small. */
const MAX_ALIASES = 100;
const MAX_VALUES = 500_000;

export function parseStructuredText(text: string): ParsedText {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: 'the file is empty' };
  // Parsers and every walk after them recurse: refuse absurd nesting before any of them runs.
  if (textDepthOf(body, MAX_IMPORT_DEPTH) > MAX_IMPORT_DEPTH) {
    return { ok: false, error: `nested more than ${MAX_IMPORT_DEPTH} levels deep; no API definition needs that many` };
  }
  if (/^\s*[{[]/.test(body)) {
    const parsed = parseJson(body);
    if (!parsed.ok) {
      const { line, column, message } = parsed.error;
      return { ok: false, error: `not valid JSON: line ${line}, column ${column}: ${message}` };
    }
    const unsafe = findUnsafeKey(parsed.value);
    if (unsafe) return { ok: false, error: `${unsafe}: the key is not allowed (it could alter JavaScript objects)` };
    return { ok: true, value: parsed.value, syntax: 'json' };
  }
  return parseYaml(body);
}

function parseYaml(text: string): ParsedText {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) return { ok: false, error: `not valid YAML: ${at(text, first.pos[0])}${first.message}` };
  try {
    return { ok: true, value: new YamlToPlain(doc, text).convert(doc.contents as YamlNode | null, 0), syntax: 'yaml' };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

function at(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}: `;
}

/** Converts the YAML tree to plain values itself, so that CloudFormation tags become `{ "Fn::X": ... }`. */
class YamlToPlain {
  private aliases = 0;
  private values = 0;

  constructor(
    private readonly doc: Document,
    private readonly source: string,
  ) {}

  convert(node: YamlNode | null, depth: number): unknown {
    if (depth > MAX_IMPORT_DEPTH)
      throw new Error(`${this.position(node)}nested more than ${MAX_IMPORT_DEPTH} levels deep`);
    if (++this.values > MAX_VALUES) throw new Error(`more than ${MAX_VALUES} values`);
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      if (++this.aliases > MAX_ALIASES) throw new Error(`${this.position(node)}more than ${MAX_ALIASES} aliases`);
      return this.convert(node.resolve(this.doc) as YamlNode, depth + 1);
    }
    this.refuseNonJsonTag(node);
    let value: unknown = null;
    if (isScalar(node)) value = this.scalarValue(node);
    else if (isMap(node)) value = this.convertMap(node.items, depth);
    else if (isSeq(node)) value = node.items.map((item) => this.convert(item as YamlNode | null, depth + 1));
    const tag = node.tag;
    if (tag?.startsWith('!') && !tag.startsWith('!!')) {
      const wrapped = intrinsicFromTag(tag, value);
      if (!wrapped) throw new Error(`${this.position(node)}unknown tag ${tag}`);
      return wrapped;
    }
    return value;
  }

  /**
   * YAML can say more than JSON: `!!binary` (bytes), `!!timestamp` (a date), `!!set`, `!!omap`, `!!pairs`. A design
   * (and the API definitions it is read from) holds only JSON values, so such a value is refused with where it is,
   * rather than imported as a garbled string or object.
   */
  private refuseNonJsonTag(node: YamlNode): void {
    const tag = node.tag;
    if (!tag?.startsWith(YAML_CORE_TAG)) return;
    const name = tag.slice(YAML_CORE_TAG.length);
    if (JSON_TAGS.has(name)) return;
    throw new Error(
      `${this.position(node)}the YAML tag !!${name} is not supported (a ${name} value has no JSON form); write the value as a plain string instead`,
    );
  }

  private scalarValue(node: YamlNode & { value: unknown }): unknown {
    const value = node.value;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error(
        `${this.position(node)}${String(value)} is not a number JSON can hold; quote it to keep it as text`,
      );
    }
    if (typeof value === 'bigint') {
      throw new Error(
        `${this.position(node)}${String(value)} is too large for a JSON number; quote it to keep it as text`,
      );
    }
    if (value !== null && typeof value === 'object') {
      throw new Error(`${this.position(node)}this value has no JSON form; write it as a plain string instead`);
    }
    return value;
  }

  private convertMap(items: { key: unknown; value: unknown }[], depth: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    for (const pair of items) {
      const keyNode = pair.key as YamlNode | null;
      if (!isScalar(keyNode)) throw new Error(`${this.position(keyNode)}a key must be a plain value`);
      const key = String(keyNode.value);
      if (UNSAFE_KEYS.has(key)) throw new Error(`${this.position(keyNode)}the key "${key}" is not allowed`);
      object[key] = this.convert(pair.value as YamlNode | null, depth + 1);
    }
    return object;
  }

  private position(node: YamlNode | null): string {
    const offset = node?.range?.[0];
    return offset === undefined ? '' : at(this.source, offset);
  }
}
