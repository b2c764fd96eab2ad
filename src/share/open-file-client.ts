// The page's side of `integration-designer open`: present only when the page was served by that command (its
// index.html carries the meta tag naming the file API); reads the file and writes it back through that API. Every
// reply is checked (open-file-protocol.ts) and every failure is a sentence, never a stack trace.
import {
  OPEN_FILE_META,
  type OpenFile,
  openFileSchema,
  type SaveReply,
  saveReplySchema,
} from './open-file-protocol.ts';

export interface OpenFileClient {
  load(): Promise<OpenFile>;
  save(text: string, baseHash: string): Promise<SaveReply>;
}

export function openFileClient(doc: Document = document, fetcher: typeof fetch = fetch): OpenFileClient | null {
  const api = doc.querySelector<HTMLMetaElement>(`meta[name="${OPEN_FILE_META}"]`)?.content;
  if (!api) return null;
  return {
    async load() {
      const response = await reach(() => fetcher(api, { cache: 'no-store' }));
      const body = await json(response);
      if (!response.ok) throw new Error(errorOf(body) ?? `the file could not be read (HTTP ${response.status})`);
      const checked = openFileSchema.safeParse(body);
      if (!checked.success) throw new Error('the server sent something that is not the file');
      return checked.data;
    },
    async save(text, baseHash) {
      const response = await reach(() =>
        fetcher(api, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ text, baseHash }),
        }),
      );
      const checked = saveReplySchema.safeParse(await json(response));
      if (!checked.success) return { ok: false, error: `the file was not written (HTTP ${response.status})` };
      return checked.data;
    },
  };
}

async function reach(call: () => Promise<Response>): Promise<Response> {
  try {
    return await call();
  } catch {
    throw new Error('the integration-designer open command is not running any more; start it again');
  }
}

async function json(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function errorOf(body: unknown): string | null {
  return body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string'
    ? (body as { error: string }).error
    : null;
}
