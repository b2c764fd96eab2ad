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

/** A design set aside, with the storage key it is kept under. */
export interface SetAsideDesign extends QuarantinedDesign {
  key: string;
}

type Listable = Pick<Storage, 'length' | 'key' | 'getItem'>;

/**
 * Everything set aside in these storages (a tab's and the browser's: an entry is written to both), newest first, each
 * once; unreadable entries are skipped.
 */
export function quarantined(...storages: Array<Listable | null>): SetAsideDesign[] {
  const found = new Map<string, SetAsideDesign>();
  for (const storage of storages) {
    if (!storage) continue;
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(QUARANTINE_PREFIX) || found.has(key)) continue;
        const value = readRecord(storage.getItem(key));
        if (value) found.set(key, { key, ...value });
      }
    } catch {
      // storage disabled while reading: what was found so far
    }
  }
  return [...found.values()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

function readRecord(text: string | null): QuarantinedDesign | null {
  try {
    const value = JSON.parse(text ?? 'null') as Partial<QuarantinedDesign> | null;
    if (value && typeof value.raw === 'string' && typeof value.reason === 'string' && typeof value.at === 'string')
      return { at: value.at, reason: value.reason, raw: value.raw };
  } catch {
    // not a record of ours
  }
  return null;
}

/** Deletes a set-aside design from every storage that has it (only on the user's explicit request). Never throws. */
export function discardQuarantined(key: string, ...storages: Array<Pick<Storage, 'removeItem'> | null>): void {
  if (!key.startsWith(QUARANTINE_PREFIX)) return;
  for (const storage of storages) {
    try {
      storage?.removeItem(key);
    } catch {
      // storage disabled: nothing to remove there
    }
  }
}
