// Deep nesting cannot crash a decoder: JSON nested 100,000 levels (it fits in a 1.5 KB share link, or a few hundred
// KB of file) goes through every way into the designer — link, import (JSON and YAML), restore, the current design in
// browser storage, saved designs, the worker's messages, every CLI file — and is refused with a message, never a
// RangeError ("Maximum call stack size exceeded") and never a stack trace.
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { CliInputError, type CliIo } from '../../src/cli/io.ts';
import { importDesign } from '../../src/formats/import-design.ts';
import { findUnsafeKey } from '../../src/model/unsafe-keys.ts';
import { locateJsonSyntaxError } from '../../src/model/json-syntax.ts';
import { defaultDesign } from '../../src/model/defaults.ts';
import { encodeBase64Url } from '../../src/share/base64url.ts';
import { decodeShareFragment } from '../../src/share/link-codec.ts';
import { LINK_DICTIONARY_V1 } from '../../src/share/link-dictionary.ts';
import { designCodec } from '../../src/store/app-store.ts';
import { loadPersisted, STORAGE_KEY } from '../../src/store/persistence.ts';
import { checkEngineRequest } from '../../src/worker/protocol.ts';

const LEVELS = 100_000;
const deepArray = `${'['.repeat(LEVELS)}${']'.repeat(LEVELS)}`;
const deepObject = `${'{"a":'.repeat(LEVELS)}1${'}'.repeat(LEVELS)}`;
/** A design whose backend holds the deep value (the rest of it is a fine design). */
const deepDesignText = `{"format": "integration-designer/1", "integration": {"type": "MOCK"}, "backend": {"lambda": {"result": ${deepArray}}}}`;

describe('the share link decoder', () => {
  it.each([
    ['a deep array', deepArray],
    ['a deep object', deepObject],
    ['a design holding a deep value', deepDesignText],
  ])('%s: refused with the reason', (_label, json) => {
    const fragment = `#d=1.${encodeBase64Url(deflateSync(strToU8(json), { level: 9, dictionary: LINK_DICTIONARY_V1 }))}`;
    expect(fragment.length).toBeLessThan(1500); // a 1.5 KB link is enough to carry it
    const decoded = decodeShareFragment(fragment);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(/nested more than 64 levels deep|does not hold a design/);
  });
});

describe('import (every format goes through the same reader)', () => {
  it.each([
    ['JSON array', deepArray],
    ['JSON object', deepObject],
    ['a design document', deepDesignText],
    ['invalid JSON nested deeply (the syntax-error locator)', `${'['.repeat(LEVELS)}}`],
    ['YAML flow collections', `openapi: 3.0.1\npaths: ${'['.repeat(LEVELS)}${']'.repeat(LEVELS)}`],
  ])('%s: refused with the reason', (_label, text) => {
    const result = importDesign(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/nested more than \d+ levels deep/);
  });
});

describe('the walks themselves never overflow', () => {
  it('findUnsafeKey is iterative', () => {
    const value = JSON.parse(deepObject.replace('1}', '{"__proto__": 1}}'));
    expect(findUnsafeKey(value)).toMatch(/__proto__$/);
  });
  it('the JSON syntax-error locator stops at 1,000 levels', () => {
    expect(locateJsonSyntaxError(`${'['.repeat(LEVELS)}}`)?.message).toMatch(/nested more than 1000 levels deep/);
  });
});

describe('browser storage and the worker', () => {
  it('a deep current design in storage: set aside, the default design opens with a notice', () => {
    const data = new Map([[STORAGE_KEY, `{"design": ${deepDesignText}, "selectedSample": 0}`]]);
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    const loaded = loadPersisted(storage, designCodec);
    expect(loaded.design.name).toBe(defaultDesign().name);
    expect(loaded.notice).toMatch(/nested more than 64 levels deep.*set aside/);
    const aside = [...data.keys()].filter((k) => k.startsWith('integration-designer:quarantine:'));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(data.get(aside[0]!)!).raw).toContain(deepArray.slice(0, 100));
  });
  it('a deep design sent to the worker is answered with a failure, not a crash', () => {
    const checked = checkEngineRequest({ kind: 'simulate', id: 3, design: JSON.parse(deepDesignText), sample: {} });
    expect(checked).toMatchObject({ ok: false, id: 3 });
    if (!checked.ok) expect(checked.message).toMatch(/nested more than 64 levels deep/);
  });
});

describe('every CLI file', () => {
  const files: Record<string, string> = {
    'deep.json': deepDesignText,
    'deep-request.json': `{"context": ${deepArray}}`,
    'ok.json': JSON.stringify(defaultDesign()),
    't.vtl': '$input.body',
  };
  const io = (): CliIo & { errors: string[] } => {
    const errors: string[] = [];
    return {
      errors,
      out: () => {},
      err: (t) => void errors.push(t),
      readText: (path) => {
        if (!(path in files)) throw new CliInputError(`${path}: no such file`);
        return files[path]!;
      },
    };
  };
  it.each([
    [['validate', 'deep.json']],
    [['simulate', 'deep.json']],
    [['test', 'deep.json']],
    [['export', 'deep.json', '--to', 'aws-json']],
    [['render', 't.vtl', '--request', 'deep-request.json']],
    [['render', 't.vtl', '--request', 'deep-request.json', '--design', 'deep.json']],
    [['simulate', 'ok.json', '--request', 'deep-request.json']],
    [['import', 'deep.json']],
  ])('%j exits 2 with the reason', async (argv) => {
    const fake = io();
    expect(await main(argv, fake)).toBe(2);
    expect(fake.errors.join('')).toMatch(/nested more than \d+ levels deep/);
    expect(fake.errors.join('')).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
  });
});
