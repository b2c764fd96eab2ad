// zod's settings (jitless: no parser compiled per schema at its first parse; src/model/schema/zod.ts says why) hold
// only if every schema is built with the zod that module configured: nothing in src imports 'zod' itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../../src/model/schema/zod.ts';

const SRC = resolve(import.meta.dirname, '../../src');
const HOME = 'model/schema/zod.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('one home for zod', () => {
  it("only src/model/schema/zod.ts imports 'zod' (or a zod subpath)", () => {
    const importers = sourceFiles(SRC)
      .filter((file) => /from ['"]zod(\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(importers).toEqual([HOME]);
  });

  it('schemas built with it are jitless', () => {
    expect(z.config().jitless).toBe(true);
  });
});
