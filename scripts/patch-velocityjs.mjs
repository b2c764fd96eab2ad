// velocityjs 2.x's generated (jison) parser builds every statement list with `this.$ = [].concat(list, item)`, a copy of
// the whole list per statement: parsing is quadratic, and a 200 KB template took about 6 s here before any template
// limit could apply (docs/limits.md#not-bounded-yet). This appends in place instead, which is the same list (the old
// one is only on the parser's value stack, popped by this very reduction). Run by `npm ci`/`npm install` through
// `prepare`, before the bundles are built; idempotent; it fails loudly if velocityjs's code no longer has the shape it
// patches, so an upgrade cannot silently bring the quadratic parse back.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const QUADRATIC = 'this.$ = [].concat($$[$0 - 1], $$[$0]);';
const LINEAR =
  'this.$ = Array.isArray($$[$0 - 1]) ? $$[$0 - 1] : [$$[$0 - 1]]; /* patched: append in place */ ' +
  'if (Array.isArray($$[$0])) for (var __i = 0; __i < $$[$0].length; __i++) this.$.push($$[$0][__i]); ' +
  'else this.$.push($$[$0]);';

// The package's main entry is dist/cjs/index.cjs (its exports map hides package.json).
const root = join(dirname(createRequire(import.meta.url).resolve('velocityjs')), '..', '..');
for (const file of ['dist/esm/parse/index.mjs', 'dist/cjs/parse/index.cjs']) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (text.includes(LINEAR)) continue;
  const count = text.split(QUADRATIC).length - 1;
  if (count !== 1) {
    console.error(`patch-velocityjs: expected the statement-list concat once in ${path}, found it ${count} times`);
    process.exit(1);
  }
  writeFileSync(
    path,
    text.replace(QUADRATIC, () => LINEAR),
  ); // a function: `$$` in LINEAR is literal
}
