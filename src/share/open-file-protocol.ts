// What the `open` command's server and the designer page say to each other (shared by both sides): the page finds
// the server's file API through a meta tag the server adds to index.html; GET gives the file, PUT writes it back
// only if it is still the version the page read (its hash), so a change made meanwhile is never overwritten.
import { z } from '../model/schema/zod.ts';

/** The meta tag the server adds to index.html: its content is the path of the file API. */
export const OPEN_FILE_META = 'integration-designer-open-file';
export const OPEN_FILE_API = '/__open/file';
/** Larger bodies are refused (413): no API definition is anywhere near this. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export const openFileSchema = z.object({
  /** The file's name (not its folder: the page has no need of it). */
  name: z.string(),
  text: z.string(),
  /** SHA-256 of the bytes on disk, hex. */
  hash: z.string(),
});
export type OpenFile = z.infer<typeof openFileSchema>;

export const saveRequestSchema = z.object({ text: z.string(), baseHash: z.string() });
export type SaveRequest = z.infer<typeof saveRequestSchema>;

export const saveReplySchema = z.union([
  z.object({ ok: z.literal(true), hash: z.string() }),
  z.object({ ok: z.literal(false), error: z.string(), changedOnDisk: z.boolean().optional() }),
]);
export type SaveReply = z.infer<typeof saveReplySchema>;
