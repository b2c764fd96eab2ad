// The two ways the design library refuses: a stale revision (another tab saved first) and a storage failure.
// Both carry a message a person can act on; raw DOMExceptions never leave the library.
import type { LibraryRecord } from './library-records.ts';

export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    /** The copy in storage now (null when it was deleted for good): the UI offers to reload it or keep both. */
    readonly stored: LibraryRecord | null,
    readonly expectedRevision: number,
  ) {
    super(
      stored && stored.deletedAt === null
        ? `"${stored.name}" was changed in another tab (revision ${stored.revision}, this tab had ${expectedRevision}). Reload it, or save yours as a copy.`
        : 'This design was deleted in another tab. Save yours as a new design to keep it.',
    );
  }
}

export type StorageFailure = 'unavailable' | 'quota' | 'blocked' | 'closed' | 'not-found' | 'unknown';

const MESSAGES: Record<StorageFailure, string> = {
  unavailable:
    'This browser does not let the page save designs (private browsing, or storage turned off). Export your design to a file instead.',
  quota:
    "The browser's storage for this site is full. Delete designs you no longer need, or export this one to a file.",
  blocked:
    'Another tab of Integration Designer is open with an older version. Close it (or reload it) to open your saved designs.',
  closed: 'A newer version of Integration Designer was opened in another tab. Reload this tab to keep saving.',
  'not-found': 'That design is no longer in your library.',
  unknown: 'Your saved designs could not be read or written.',
};

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageFailure,
    /** What the browser said, for a bug report; not for display. */
    readonly detail?: string,
  ) {
    super(MESSAGES[kind]);
  }
}

/** Any failure from IndexedDB (or idb) as a StorageError; ConflictError and StorageError pass through. */
export function toStorageError(error: unknown): StorageError | ConflictError {
  if (error instanceof StorageError || error instanceof ConflictError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const detail = (error as { message?: string } | null)?.message ?? String(error);
  // Names from https://developer.mozilla.org/en-US/docs/Web/API/IDBFactory/open#exceptions and IDBTransaction errors.
  if (name === 'QuotaExceededError') return new StorageError('quota', detail);
  if (name === 'SecurityError' || name === 'InvalidAccessError') return new StorageError('unavailable', detail);
  if (name === 'VersionError') return new StorageError('closed', detail);
  if (name === 'InvalidStateError' && /clos/i.test(detail)) return new StorageError('closed', detail);
  return new StorageError('unknown', detail ? `${name}: ${detail}` : name);
}
