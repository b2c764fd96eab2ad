// Share links: the whole design, compressed, in the URL fragment (`#d=<format>.<payload>`), which browsers never send
// to a server. A link is untrusted input: everything about it is checked, and what is refused says why.
import { deflateSync, strToU8 } from 'fflate';
import type { Design } from '../model/types.ts';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { boundedInflate, InflateLimitError } from './bounded-inflate.ts';
import { compactForLink } from './compact-design.ts';
import { LINK_DICTIONARY_V1 } from './link-dictionary.ts';
import { checkLinkDesign } from './link-checks.ts';

export const SHARE_LINK_FORMAT = 1;
/** Longer links are cut by chat tools, mail clients and some browsers' address bars; the UI offers a file instead. */
export const DEFAULT_MAX_LINK_LENGTH = 2000;
/** Caps on what a link may carry when opened: far above what encode produces, far below what could hurt. */
export const MAX_PAYLOAD_CHARS = 100_000;
export const MAX_DESIGN_BYTES = 1_000_000;

const DICTIONARIES: Record<number, Uint8Array> = { 1: LINK_DICTIONARY_V1 };

export type EncodeResult =
  | { ok: true; url: string; length: number }
  | { ok: false; reason: 'too-large'; length: number };
export type DecodeResult = { ok: true; design: Design; notes: string[] } | { ok: false; error: string };

export function encodeShareLink(design: Design, baseUrl: string, options: { maxLength?: number } = {}): EncodeResult {
  const json = JSON.stringify(compactForLink(design));
  const compressed = deflateSync(strToU8(json), { level: 9, mem: 12, dictionary: DICTIONARIES[SHARE_LINK_FORMAT] });
  const url = `${baseUrl.replace(/#.*$/, '')}#d=${SHARE_LINK_FORMAT}.${encodeBase64Url(compressed)}`;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LINK_LENGTH;
  return url.length <= maxLength
    ? { ok: true, url, length: url.length }
    : { ok: false, reason: 'too-large', length: url.length };
}

function fail(error: string): DecodeResult {
  return { ok: false, error };
}

/** The `d` parameter of a fragment (`#d=...`, `d=...`, or among `&`-separated parameters). */
function designParameter(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of fragment.split('&')) if (part.startsWith('d=')) return part.slice(2);
  return null;
}

export function decodeShareFragment(hash: string): DecodeResult {
  const value = designParameter(hash);
  if (value === null) return fail('This link does not contain a design (its address has no #d=... part).');
  if (value.length > MAX_PAYLOAD_CHARS)
    return fail(`This link is too long to be a design link (over ${MAX_PAYLOAD_CHARS} characters).`);
  const m = /^(\d{1,6})\.(.*)$/s.exec(value);
  if (!m) return fail('This link is damaged: it does not start with a link format number (#d=1.…).');
  const format = Number(m[1]);
  if (format > SHARE_LINK_FORMAT) {
    return fail(
      `This link was made by a newer version of Integration Designer (link format ${format}; this version reads up to ${SHARE_LINK_FORMAT}). Reload the page to update, then open the link again.`,
    );
  }
  const dictionary = DICTIONARIES[format];
  if (!dictionary) return fail(`This link has an unknown link format (${format}).`);
  const payload = m[2]!;
  if (payload === '') return fail('This link is incomplete: the design part is empty.');

  let bytes: Uint8Array;
  try {
    bytes = decodeBase64Url(decodeURIComponentSafe(payload));
  } catch (e) {
    return fail(`This link is damaged: ${(e as Error).message}.`);
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(boundedInflate(bytes, MAX_DESIGN_BYTES, dictionary));
  } catch (e) {
    if (e instanceof InflateLimitError)
      return fail(`The design in this link is too large to open (over ${MAX_DESIGN_BYTES} bytes unpacked).`);
    if (/unexpected EOF/i.test((e as Error).message))
      return fail('This link is incomplete: it was probably cut off when it was copied.');
    return fail('This link is damaged: its compressed data cannot be unpacked.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail('This link is damaged: it does not unpack to a design document.');
  }
  return checkLinkDesign(parsed);
}

/** Some mail clients percent-encode characters of a fragment; base64url has none that need it, so undo any. */
function decodeURIComponentSafe(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
