// The library of saved designs, as the store sees it: which saved design is open, autosave's target, the list, and
// what to do when another tab saved first. Library calls are queued one at a time, so a save always sends the revision
// the previous save returned. Nothing here ever changes the open design on a failure: a failure is shown, and the
// design stays in memory (and in the crash-safe localStorage copy, persistence.ts).
import { restoreDesign } from '../model/index.ts';
import type { Design } from '../model/types.ts';
import { ConflictError, createLibrary, memoryRecordStore, StorageError } from '../share/index.ts';
import type { DesignLibrary, LibraryRecord } from '../share/index.ts';
import { copyName } from '../share/library-records.ts';
import { originalAs, originalOfRecord, type OriginalState } from './design-original.ts';
import { conflictWith, initialLibraryState, isDirty, keptOutOfLibrary, NEW_DOCUMENT } from './library-state.ts';
import { loadDesign } from './load-design.ts';
import type { LibrarySliceState, LibraryState, OpenDocument } from './library-state.ts';
import type { GetState, SetState, Slice } from './store-types.ts';
import type { LibraryActions, LibrarySliceOptions } from './library-actions.ts';

import { CHOOSE_FIRST, IN_MEMORY_NOTE, MEMORY_FALLBACK, messageOf, Refusal } from './library-messages.ts';

export type { ConflictChoice, LibraryActions, LibrarySliceOptions } from './library-actions.ts';

/** A stored design goes through the model's restore step, as every design from outside does. */
const fromRecord = (record: Pick<LibraryRecord, 'design'>): Design => restoreDesign(record.design).design;

export function createLibrarySlice(
  set: SetState,
  get: GetState,
  options: LibrarySliceOptions,
): Slice<LibrarySliceState, LibraryActions> {
  const patch = (p: Partial<LibraryState>) => set({ library: { ...get().library, ...p } });
  let connection: Promise<DesignLibrary> | null = null;
  let tail: Promise<unknown> = Promise.resolve();

  const inMemory = (reason: unknown): DesignLibrary => {
    const { document, savedDesign } = get().library;
    const bound = document.id !== null; // its id means nothing to the memory store: save it there as new
    patch({
      storage: 'memory',
      storageMessage: `${messageOf(reason)} ${IN_MEMORY_NOTE}`,
      document: bound ? { ...NEW_DOCUMENT } : document,
      savedDesign: bound ? null : savedDesign,
      conflict: null,
      originalStored: false,
      ...(get().library.original ? {} : originalAs(get().design, 'opened')),
    });
    return createLibrary(memoryRecordStore(), { announce: () => {} });
  };

  const library = (): Promise<DesignLibrary> =>
    (connection ??= options.open().then(
      (opened) => {
        patch({ storage: 'browser' });
        return opened;
      },
      (e: unknown) => inMemory(e),
    ));

  const fail = (e: unknown): void => {
    patch({ saving: false });
    if (e instanceof ConflictError) patch({ conflict: conflictWith(e.stored) });
    else if (e instanceof StorageError && MEMORY_FALLBACK.has(e.kind)) connection = Promise.resolve(inMemory(e));
    else patch({ error: messageOf(e) });
  };

  /** Runs library operations one at a time; a failure is shown, never thrown at the caller. */
  const task = <T>(op: (lib: DesignLibrary) => Promise<T>): Promise<T | undefined> => {
    const run = tail.then(async () => {
      try {
        return await op(await library());
      } catch (e) {
        fail(e);
        return undefined;
      }
    });
    tail = run;
    return run;
  };

  const refresh = async (lib: DesignLibrary) => {
    if (get().library.listOpen) patch({ entries: await lib.list({ search: get().library.search }) });
  };

  /** Saves the open design if it has changes. Throws on failure (the caller's task shows it). */
  const saveOpen = async (lib: DesignLibrary): Promise<void> => {
    const state = get();
    const { document, conflict } = state.library;
    if (keptOutOfLibrary(document) || !isDirty(state)) return;
    if (conflict) throw new Refusal(CHOOSE_FIRST);
    const { design } = state;
    const { original } = state.library;
    patch({ saving: true });
    const record = await lib.save(design, {
      ...(document.id === null ? {} : { id: document.id, expectedRevision: document.revision }),
      ...originalToWrite(document.id === null),
    });
    // The user may have switched designs meanwhile: the record then belongs to the design that was left.
    const stillOpen = get().library.document === document;
    patch({
      saving: false,
      error: null,
      ...(stillOpen
        ? { document: { id: record.id, revision: record.revision, shared: false }, savedDesign: design }
        : {}),
      ...(stillOpen && get().library.original === original ? { originalStored: record.original !== undefined } : {}),
    });
  };

  /** The original for a save: when the record lacks it (or a new record is written) and the tab has one. */
  const originalToWrite = (newRecord: boolean) => {
    const { original, originalStored } = get().library;
    return original && (newRecord || !originalStored) ? { original } : {};
  };

  /** A saved design opened from its record: the design, which record it is, and its original. */
  const opening = (record: LibraryRecord) => {
    const design = fromRecord(record);
    const document: OpenDocument = { id: record.id, revision: record.revision, shared: false };
    return [design, document, originalOfRecord(record, design)] as const;
  };

  /**
   * Makes `design` the open design, with a history of its own (undo never crosses into another design) and its
   * original (what Compare measures changes against).
   */
  const load = (design: Design, document: OpenDocument, original: OriginalState, extra: Partial<LibraryState> = {}) =>
    loadDesign(set, get, design, document, { ...original, ...extra });

  /**
   * Switches designs at once when the open one has nothing to save (so a click on "New design" is never raced by the
   * next keystroke), else after saving it; a failed save cancels the switch, so unsaved work is never dropped.
   */
  const switchTo = (open: () => void): Promise<boolean> => {
    const state = get();
    if (!state.library.conflict && (keptOutOfLibrary(state.library.document) || !isDirty(state))) {
      open();
      return Promise.resolve(true);
    }
    return task(async (lib) => {
      await saveOpen(lib);
      open();
      return true;
    }).then((done) => done === true);
  };

  /** After the open design changed under us: adopt a newer stored copy when we have no changes, else a conflict. */
  const reconcile = async (lib: DesignLibrary) => {
    const { document } = get().library;
    if (document.id === null || keptOutOfLibrary(document)) return;
    const stored = await lib.get(document.id);
    if (get().library.document !== document) return;
    // After a reload the original is read back from the record.
    if (get().library.original === null)
      patch(stored ? originalOfRecord(stored, fromRecord(stored)) : originalAs(get().design, 'opened'));
    if (stored && stored.revision === document.revision) return;
    if (stored && stored.revision > document.revision && !isDirty(get())) {
      load(...opening(stored));
      return;
    }
    patch({ conflict: conflictWith(stored) });
  };

  const run = <T>(op: (lib: DesignLibrary) => Promise<T>): Promise<void> => task(op).then(() => undefined);

  return {
    // A saved design's original is read from its record once the library opens (reconcile).
    library: initialLibraryState(
      options.document,
      options.saved ? options.design : null,
      options.document.id === null ? originalAs(options.design, 'opened') : { original: null, originalStored: false },
    ),
    actions: {
      connectLibrary: () =>
        run(async (lib) => {
          await reconcile(lib);
          await saveOpen(lib);
          await refresh(lib);
        }),
      saveDesign: ({ keep = false } = {}) =>
        run(async (lib) => {
          await saveOpen(lib);
          const { document } = get().library;
          if (keep && document.id !== null && !keptOutOfLibrary(document)) await lib.keepRevision(document.id);
          await refresh(lib);
        }),
      libraryChanged: (change) =>
        run(async (lib) => {
          if (get().library.storage !== 'browser') return;
          await refresh(lib);
          const { document, conflict } = get().library;
          if (conflict || change.id !== document.id || change.revision <= document.revision) return;
          const stored = await lib.get(change.id);
          if (get().library.document !== document || (stored && stored.revision <= document.revision)) return;
          patch({ conflict: conflictWith(stored) });
        }),
      showLibrary(open) {
        patch({ listOpen: open });
        if (open) void get().actions.refreshLibrary();
      },
      searchLibrary(search) {
        patch({ search });
        void get().actions.refreshLibrary();
      },
      refreshLibrary: () => run(refresh),
      openSaved: (id) =>
        run(async (lib) => {
          if (get().library.conflict) throw new Refusal(CHOOSE_FIRST);
          await saveOpen(lib);
          const record = await lib.get(id);
          if (!record) throw new StorageError('not-found');
          load(...opening(record), { beforeShared: null });
        }),
      renameSaved: (id, name) =>
        run(async (lib) => {
          if (get().library.document.id === id) {
            get().actions.editDesign((d) => ({ ...d, name }));
            await saveOpen(lib);
          } else {
            await lib.rename(id, name);
          }
          await refresh(lib);
        }),
      duplicateSaved: (id) =>
        run(async (lib) => {
          await lib.duplicate(id);
          await refresh(lib);
        }),
      removeSaved: (id) =>
        run(async (lib) => {
          if (get().library.document.id === id)
            throw new Refusal('The open design cannot be deleted: open another design first.');
          const removed = await lib.remove(id);
          patch({ lastRemoved: { id, name: removed.name } });
          await refresh(lib);
        }),
      undoRemove: () =>
        run(async (lib) => {
          const removed = get().library.lastRemoved;
          if (!removed) return;
          await lib.restore(removed.id);
          patch({ lastRemoved: null });
          await refresh(lib);
        }),
      dismissRemoved: () => patch({ lastRemoved: null }),
      resolveConflict: (choice) =>
        run(async (lib) => {
          const { conflict, document } = get().library;
          if (!conflict || document.id === null) return;
          if (choice === 'load-theirs') {
            if (!conflict.theirs) return;
            get().actions.replaceDesign(restoreDesign(conflict.theirs.design).design); // undoable: undo brings mine back
            patch({
              conflict: null,
              error: null,
              document: { ...document, revision: conflict.theirs.revision },
              savedDesign: get().design,
            });
            return;
          }
          patch({ conflict: null, saving: true });
          if (choice === 'save-copy') {
            const name = copyName(
              get().design.name,
              (await lib.list()).map((e) => e.name),
            );
            get().actions.editDesign((d) => ({ ...d, name }));
          }
          const { design } = get();
          const record = await lib.save(design, {
            ...(choice === 'overwrite' ? { id: document.id } : {}),
            ...originalToWrite(choice !== 'overwrite'),
          });
          patch({
            saving: false,
            error: null,
            document: { id: record.id, revision: record.revision, shared: false },
            savedDesign: design,
          });
          await refresh(lib);
        }),
      newDesign: async (design) => {
        await switchTo(() => load(design, { ...NEW_DOCUMENT }, originalAs(design, 'created'), { beforeShared: null }));
      },
      importAsNew: (design) =>
        switchTo(() => {
          const { document, savedDesign } = get().library;
          const name = savedDesign?.name ?? get().design.name;
          const beforeImport = document.id !== null && !document.shared ? { id: document.id, name } : null;
          // Not marked saved: autosave stores it as a new design of the library right away.
          load(design, { ...NEW_DOCUMENT }, originalAs(design, 'imported'), {
            beforeShared: null,
            beforeImport,
            savedDesign: null,
          });
        }),
      undoImport: () =>
        run(async (lib) => {
          const before = get().library.beforeImport;
          if (!before) return;
          await saveOpen(lib);
          const record = await lib.get(before.id);
          if (!record) throw new StorageError('not-found');
          load(...opening(record));
          await refresh(lib);
        }),
      openWorkspaceMethod: (design, original) =>
        switchTo(() =>
          load(
            design,
            { ...NEW_DOCUMENT, inWorkspace: true },
            original ? { original, originalStored: true } : originalAs(design, 'opened'),
            {
              beforeShared: null,
              beforeImport: null,
            },
          ),
        ),
      openShared: (design) =>
        switchTo(() => {
          const { library: before, design: open } = get();
          const { original, originalStored } = before;
          const beforeShared = before.document.shared
            ? before.beforeShared
            : {
                design: open,
                document: before.document,
                savedDesign: before.savedDesign,
                original: { original, originalStored },
              };
          load(design, { id: null, revision: 0, shared: true }, originalAs(design, 'shared'), { beforeShared });
        }),
      saveSharedCopy: () =>
        run(async (lib) => {
          const {
            design,
            library: { document },
          } = get();
          if (!document.shared) return;
          patch({ saving: true });
          const record = await lib.save(design, originalToWrite(true));
          patch({
            saving: false,
            error: null,
            originalStored: true,
            beforeShared: null,
            document: { id: record.id, revision: record.revision, shared: false },
            savedDesign: design,
          });
          await refresh(lib);
        }),
      discardShared: () =>
        run(async (lib) => {
          const { document, beforeShared } = get().library;
          if (!document.shared) return;
          if (beforeShared) {
            load(beforeShared.design, beforeShared.document, beforeShared.original, {
              beforeShared: null,
              savedDesign: beforeShared.savedDesign,
            });
            await reconcile(lib);
            return;
          }
          const newest = (await lib.list())[0];
          const record = newest ? await lib.get(newest.id) : null;
          if (record) load(...opening(record), { beforeShared: null });
          else {
            const fallback = options.fallbackDesign();
            load(fallback, { ...NEW_DOCUMENT }, originalAs(fallback, 'created'), { beforeShared: null });
          }
        }),
      dismissLibraryError: () => patch({ error: null }),
      markOriginal: () => {
        patch(originalAs(get().design, 'marked'));
        return run(async (lib) => {
          const { document, original } = get().library;
          if (document.id === null || document.shared || !original) return; // written with the first save
          if (isDirty(get())) return saveOpen(lib);
          await lib.setOriginal(document.id, original);
          if (get().library.original === original) patch({ originalStored: true });
        });
      },
      listSaved: async () => (await task((lib) => lib.list())) ?? [],
      readSaved: async (id) =>
        (await task(async (lib) => {
          const found = await lib.get(id);
          if (!found) throw new StorageError('not-found');
          return fromRecord(found);
        })) ?? null,
      listRevisions: async (id) => (await task((lib) => lib.revisions(id))) ?? [],
      readRevision: async (id, startedAt) =>
        (await task(async (lib) => {
          const found = await lib.revision(id, startedAt);
          if (!found) throw new StorageError('not-found');
          return fromRecord(found);
        })) ?? null,
    },
  };
}
