// Keeps the current design and selected sample across reloads (localStorage). A stored value is untrusted: it is
// loaded through the model's restore step, and anything unreadable falls back to the default design with a notice
// instead of breaking the page.
import type { Design } from '../model/types.ts';
import type { DesignerStore } from './store-types.ts';

export const STORAGE_KEY = 'integration-designer:current';

export interface PersistedEnvelope {
  /** The serialized design document (design.md §3). */
  design: unknown;
  selectedSample: number;
}

export interface PersistenceCodec {
  /** Upgrades and checks a stored design; throws with a readable message when it cannot. */
  restore: (json: unknown) => Design;
  serialize: (design: Design) => unknown;
  fallback: () => Design;
}

export interface LoadedState {
  design: Design;
  selectedSample: number;
  /** Set when the stored value could not be used, to tell the user what happened. */
  notice: string | null;
}

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem'>;

export function loadPersisted(storage: ReadableStorage | null, codec: PersistenceCodec): LoadedState {
  const fresh = (notice: string | null): LoadedState => ({ design: codec.fallback(), selectedSample: 0, notice });
  let raw: string | null;
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return fresh(null); // storage disabled (privacy mode): nothing was saved, nothing to report
  }
  if (raw === null) return fresh(null);
  try {
    const envelope = JSON.parse(raw) as Partial<PersistedEnvelope> | null;
    if (!envelope || typeof envelope !== 'object' || !('design' in envelope)) throw new Error('no design in the saved value');
    const design = codec.restore(envelope.design);
    const selectedSample = Number.isInteger(envelope.selectedSample) ? Number(envelope.selectedSample) : 0;
    return { design, selectedSample, notice: null };
  } catch (e) {
    return fresh(`The design saved in this browser could not be read (${(e as Error).message}); started from the default design.`);
  }
}

export function savePersisted(storage: WritableStorage, design: Design, selectedSample: number, codec: PersistenceCodec): void {
  const envelope: PersistedEnvelope = { design: codec.serialize(design), selectedSample };
  storage.setItem(STORAGE_KEY, JSON.stringify(envelope));
}

export interface Scheduler {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/**
 * Saves the design and selected sample shortly after they change (coalescing bursts of keystrokes), and once more when
 * asked to (`flush`, e.g. when the page is hidden). `stop` flushes a pending save and stops saving.
 */
export function persistStore(
  store: DesignerStore,
  storage: WritableStorage,
  codec: PersistenceCodec,
  delayMs = 300,
  scheduler: Scheduler = { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number) },
): { flush: () => void; stop: () => void } {
  let pending: unknown = null;
  const flush = () => {
    if (pending !== null) scheduler.clearTimeout(pending);
    pending = null;
    const { design, selectedSample } = store.getState();
    try {
      savePersisted(storage, design, selectedSample, codec);
    } catch {
      // Quota exceeded or storage disabled: keep working; the design is still in memory.
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.design === previous.design && state.selectedSample === previous.selectedSample) return;
    if (pending !== null) scheduler.clearTimeout(pending);
    pending = scheduler.setTimeout(flush, delayMs);
  });
  return {
    flush: () => {
      if (pending !== null) flush();
    },
    stop: () => {
      unsubscribe();
      if (pending !== null) flush();
    },
  };
}
