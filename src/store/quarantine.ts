// A design that cannot be opened is set aside, never deleted: the raw stored text (or the design the page could not
// show) goes under a key of its own, with why, so that nothing the user made is lost and a bug report can include it.
// The page then starts from something that works (persistence.ts, the error boundary).

export const QUARANTINE_PREFIX = 'integration-designer:quarantine:';

export interface QuarantinedDesign {
  /** When it was set aside (ISO time). */
  at: string;
  /** What was wrong, as shown to the user (`path: message`). */
  reason: string;
  /** The stored text exactly as it was (a JSON envelope or design), or the design serialized. */
  raw: string;
}

type Writable = Partial<Pick<Storage, 'setItem'>>;

/** Sets a design aside; returns its key, or null when storage refuses (full, disabled). Never throws. */
export function quarantine(storage: Writable | null, raw: string, reason: string, now = new Date()): string | null {
  if (!storage?.setItem) return null;
  const key = `${QUARANTINE_PREFIX}${now.toISOString()}`;
  const record: QuarantinedDesign = { at: now.toISOString(), reason, raw };
  try {
    storage.setItem(key, JSON.stringify(record));
    return key;
  } catch {
    return null;
  }
}

/** Everything set aside in a Storage (newest first); unreadable entries are skipped. */
export function quarantined(storage: Pick<Storage, 'length' | 'key' | 'getItem'> | null): QuarantinedDesign[] {
  const out: QuarantinedDesign[] = [];
  if (!storage) return out;
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(QUARANTINE_PREFIX)) continue;
      const value = JSON.parse(storage.getItem(key) ?? 'null') as Partial<QuarantinedDesign> | null;
      if (value && typeof value.raw === 'string' && typeof value.reason === 'string' && typeof value.at === 'string')
        out.push({ at: value.at, reason: value.reason, raw: value.raw });
    }
  } catch {
    // storage disabled while reading: what was found so far
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : -1));
}
