// A workspace in a share link: it round-trips when it fits in a link; a workspace too large for one (most are, with
// their source file) says so, and the UI offers the file instead; a damaged or hostile link is refused with why.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../src/share/base64url.ts';
import { decodeWorkspaceFragment, encodeWorkspaceLink, isWorkspaceFragment } from '../../src/share/workspace-link.ts';
import { openApiWorkspace } from '../../src/workspace/open-api-workspace.ts';
import { restoreWorkspace } from '../../src/workspace/restore-workspace.ts';

const small = {
  format: 'integration-designer-workspace/1',
  name: 'tiny',
  methods: [
    {
      key: 'GET /ping',
      design: { method: { httpMethod: 'GET', resourcePath: '/ping' }, integration: { type: 'MOCK' } },
    },
  ],
};

describe('workspace links', () => {
  it('a small workspace round-trips through a link', () => {
    const link = encodeWorkspaceLink(small, 'https://designer.example/#old');
    if (!link.ok) throw new Error('too large');
    expect(link.url).toMatch(/^https:\/\/designer\.example\/#w=1\./);
    const hash = link.url.slice(link.url.indexOf('#'));
    expect(isWorkspaceFragment(hash)).toBe(true);
    const decoded = decodeWorkspaceFragment(hash);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(restoreWorkspace(decoded.value).workspace.methods[0]!.key).toBe('GET /ping');
  });

  it('a workspace with its source file is too large for a 2,000-character link', () => {
    const opened = openApiWorkspace('pets-api.yaml', readFileSync('e2e/fixtures/pets-api.yaml', 'utf8'));
    if (!opened.ok) throw new Error(opened.error);
    const link = encodeWorkspaceLink(opened.workspace, 'https://designer.example/');
    expect(link).toMatchObject({ ok: false, reason: 'too-large' });
    expect(link.length).toBeGreaterThan(2000);
  });

  it.each([
    ['#w=', 'does not start with a format number'],
    ['#w=9.abc', 'a format this version does not read (9)'],
    ['#w=1.!!!!', 'damaged'],
    [`#w=1.${encodeBase64Url(deflateSync(new TextEncoder().encode('not json')))}`, 'does not unpack to a workspace'],
    [`#w=1.${encodeBase64Url(deflateSync(new Uint8Array(6_000_000)))}`, 'too large to open'],
    [`#w=1.${'A'.repeat(100_001)}`, 'too long to be a workspace link'],
  ])('%s… is refused: %s', (hash, message) => {
    const decoded = decodeWorkspaceFragment(hash.slice(0, 200_000));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toContain(message);
  });

  it.each([
    ['#w=1.x', true],
    ['#d=1.x&w=1.y', true],
    ['#d=1.x', false],
    ['#field-uri', false],
  ])('%s is a workspace fragment: %s', (hash, expected) => {
    expect(isWorkspaceFragment(hash)).toBe(expected);
  });
});
