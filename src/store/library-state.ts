// The library slice's state and the pure rules around it: which saved design is open, whether it has unsaved
// changes, and what the save status says. Kept apart from the slice's (async) actions so they are tested alone.
import type { Design } from '../model/types.ts';
import type { LibraryEntry, LibraryRecord } from '../share/index.ts';
import type { OriginalState } from './design-original.ts';

/** Which library record the open design is, if any. */
export interface OpenDocument {
  /** The library id, or null while the design is not in the library (a new design not edited yet, a shared one). */
  id: string | null;
  /** The record's revision this tab loaded or last saved (a save with another stored revision is a conflict). */
  revision: number;
  /** Opened from a share link and not saved: never autosaved; "Save a copy" puts it in the library. */
  shared: boolean;
  /** A method of the open workspace: saved with the workspace (workspace-slice.ts), never as a design of its own. */
  inWorkspace?: boolean;
}

/** The open design is not the library's to save: a shared design, or a method of the open workspace. */
export function keptOutOfLibrary(document: OpenDocument): boolean {
  return document.shared || document.inWorkspace === true;
}

export const NEW_DOCUMENT: OpenDocument = { id: null, revision: 0, shared: false };

/**
 * 'connecting' until the library opens; 'memory' when the browser refused IndexedDB (designs last until the tab
 * closes).
 */
export type StorageMode = 'connecting' | 'browser' | 'memory';

export interface LibraryConflict {
  /** The copy another tab saved, or null when another tab deleted the design. */
  theirs: { name: string; revision: number; design: Design } | null;
}

export interface LibraryState extends OriginalState {
  document: OpenDocument;
  /** The design as last saved to (or loaded from) the library; the open design is "dirty" when it is another object. */
  savedDesign: Design | null;
  saving: boolean;
  storage: StorageMode;
  /** Why designs are kept in memory only (shown as long as it lasts). */
  storageMessage: string | null;
  /** Why the last library operation failed (quota, not found, ...); the design in memory is untouched. */
  error: string | null;
  conflict: LibraryConflict | null;
  /** The list of saved designs, kept fresh while `listOpen`. */
  entries: LibraryEntry[];
  search: string;
  listOpen: boolean;
  /** The design just deleted, for the "Deleted X. Undo delete" notice. */
  lastRemoved: { id: string; name: string } | null;
  /** What was open before a shared design replaced it: "Discard" goes back to it. */
  beforeShared: { design: Design; document: OpenDocument; savedDesign: Design | null; original: OriginalState } | null;
  /** After an import (a new design): the saved design that was open before, which Undo goes back to. */
  beforeImport: { id: string; name: string } | null;
}

export interface LibrarySliceState {
  library: LibraryState;
}

export function initialLibraryState(
  document: OpenDocument,
  savedDesign: Design | null,
  original: OriginalState,
): LibraryState {
  return {
    ...original,
    document,
    savedDesign,
    saving: false,
    storage: 'connecting',
    storageMessage: null,
    error: null,
    conflict: null,
    entries: [],
    search: '',
    listOpen: false,
    lastRemoved: null,
    beforeShared: null,
    beforeImport: null,
  };
}

/** The open design has changes the library does not have yet. */
export function isDirty(state: { design: Design; library: LibraryState }): boolean {
  return state.design !== state.library.savedDesign;
}

/** Autosave applies: changes to save, not a shared design, no conflict waiting for the user's choice. */
export function shouldAutosave(state: { design: Design; library: LibraryState }): boolean {
  const { document, conflict } = state.library;
  return isDirty(state) && !keptOutOfLibrary(document) && conflict === null;
}

export function conflictWith(stored: LibraryRecord | null): LibraryConflict {
  return {
    theirs:
      stored && stored.deletedAt === null
        ? { name: stored.name, revision: stored.revision, design: stored.design }
        : null,
  };
}

export type SaveStatusKind = 'saved' | 'saving' | 'unsaved' | 'shared' | 'conflict' | 'failed' | 'new' | 'workspace';

/** What the header's save status says, from the state alone. */
export function saveStatus(state: { design: Design; library: LibraryState }): { kind: SaveStatusKind; text: string } {
  const { library } = state;
  const where = library.storage === 'memory' ? ' (in this tab only)' : '';
  if (library.document.shared) return { kind: 'shared', text: 'Shared design, not saved' };
  if (library.document.inWorkspace) return { kind: 'workspace', text: 'A method of the open workspace' };
  if (library.conflict) return { kind: 'conflict', text: 'Not saved: changed in another tab' };
  if (library.saving) return { kind: 'saving', text: 'Saving…' };
  if (library.error && isDirty(state)) return { kind: 'failed', text: 'Not saved' };
  if (isDirty(state)) return { kind: 'unsaved', text: 'Unsaved changes' };
  if (library.document.id === null) return { kind: 'new', text: 'New design, saved once edited' };
  return { kind: 'saved', text: `Saved${where}` };
}
