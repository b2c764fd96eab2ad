// Comments cite the project's own reference (docs/architecture.md#principles): every `docs/<page>.md#<anchor>` in the
// code must name a page in docs/ and an anchor on it (an explicit <a id> or a heading), and nothing may cite a
// document a contributor who clones the repository cannot open.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SCANNED = ['src', 'tests', 'e2e', 'bench', 'scripts', 'types'];
const SKIPPED = new Set(['fixtures', 'node_modules']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIPPED.has(name) ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs|js|css)$/.test(name) ? [path] : [];
  });
}

function anchorsOf(page: string): Set<string> {
  const text = readFileSync(join(ROOT, 'docs', page), 'utf8');
  const ids = [...text.matchAll(/<a id="([^"]+)">/g)].map((m) => m[1]!);
  const headings = [...text.matchAll(/^#+ (.+)$/gm)].map((m) =>
    m[1]!
      .toLowerCase()
      .replace(/[^\w\- ]/g, '')
      .replace(/ /g, '-'),
  );
  return new Set([...ids, ...headings]);
}

const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));
const citations = files.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/docs\/([\w-]+\.md)#([\w-]+)/g)].map((m) => ({
    where: relative(ROOT, file),
    page: m[1]!,
    anchor: m[2]!,
  })),
);

describe('citations of docs/ in the code', () => {
  it('there are citations to check', () => {
    expect(citations.length).toBeGreaterThan(50);
  });

  it('every cited page and anchor exists', () => {
    const pages = new Set(readdirSync(join(ROOT, 'docs')));
    const anchors = new Map<string, Set<string>>();
    const broken = citations.filter(({ page, anchor }) => {
      if (!pages.has(page)) return true;
      if (!anchors.has(page)) anchors.set(page, anchorsOf(page));
      return !anchors.get(page)!.has(anchor);
    });
    expect(broken.map((c) => `${c.where}: docs/${c.page}#${c.anchor}`)).toEqual([]);
  });

  it('nothing cites a document outside the repository', () => {
    // The names are assembled so that this file does not cite them itself.
    const names = [
      ['apigw', 'semantics'].join('-'),
      ['design', 'md'].join('\\.'),
      ['', 'work', 'shared', ''].join('/'),
    ];
    const outsideDocs = new RegExp(names.join('|'));
    const outside = files.filter((file) => outsideDocs.test(readFileSync(file, 'utf8')));
    expect(outside.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
