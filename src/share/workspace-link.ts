// A workspace in a share link: the workspace document, compressed, after `#w=1.` (browsers never send the fragment
// to a server). Most workspaces are too large for a link (over DEFAULT_MAX_LINK_LENGTH): the UI then offers the
// workspace file instead. Opening a link is untrusted input: the size is capped before and while unpacking, and the
// document that comes out goes through the workspace's restore step (src/workspace/restore-workspace.ts).
import { deflateSync, strToU8 } from 'fflate';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { boundedInflate, InflateLimitError } from './bounded-inflate.ts';
import { DEFAULT_MAX_LINK_LENGTH, MAX_PAYLOAD_CHARS } from './link-codec.ts';

export const WORKSPACE_LINK_FORMAT = 1;
/** A workspace unpacks to at most this many bytes (a link of 100,000 characters holds far less). */
export const MAX_WORKSPACE_BYTES = 5_000_000;

export type WorkspaceLink =
  | { ok: true; url: string; length: number }
  | { ok: false; reason: 'too-large'; length: number };

export function encodeWorkspaceLink(
  workspace: unknown,
  baseUrl: string,
  maxLength = DEFAULT_MAX_LINK_LENGTH,
): WorkspaceLink {
  const compressed = deflateSync(strToU8(JSON.stringify(workspace)), { level: 9 });
  const url = `${baseUrl.replace(/#.*$/, '')}#w=${WORKSPACE_LINK_FORMAT}.${encodeBase64Url(compressed)}`;
  return url.length <= maxLength
    ? { ok: true, url, length: url.length }
    : { ok: false, reason: 'too-large', length: url.length };
}

/** True when the fragment carries a workspace (`#w=...`). */
export function isWorkspaceFragment(hash: string): boolean {
  return /^#?(?:[^&]*&)*w=/.test(hash);
}

/** The workspace document of a `#w=` fragment (unchecked: restore it), or why it cannot be read. */
export function decodeWorkspaceFragment(hash: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const part = (hash.startsWith('#') ? hash.slice(1) : hash).split('&').find((p) => p.startsWith('w='));
  const value = part?.slice(2) ?? '';
  if (value.length > MAX_PAYLOAD_CHARS)
    return { ok: false, error: `This link is too long to be a workspace link (over ${MAX_PAYLOAD_CHARS} characters).` };
  const m = /^(\d{1,6})\.(.+)$/s.exec(value);
  if (!m)
    return { ok: false, error: 'This workspace link is damaged: it does not start with a format number (#w=1.…).' };
  if (Number(m[1]) !== WORKSPACE_LINK_FORMAT)
    return { ok: false, error: `This workspace link has a format this version does not read (${m[1]}).` };
  try {
    const bytes = boundedInflate(decodeBase64Url(m[2]!), MAX_WORKSPACE_BYTES);
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch (e) {
    if (e instanceof InflateLimitError)
      return {
        ok: false,
        error: `The workspace in this link is too large to open (over ${MAX_WORKSPACE_BYTES} bytes).`,
      };
    return { ok: false, error: 'This workspace link is damaged: it does not unpack to a workspace document.' };
  }
}
