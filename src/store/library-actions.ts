// What the library slice does (library-slice.ts): its actions and the options it is created with.
import type { Design } from '../model/types.ts';
import type { DesignLibrary, LibraryChange, LibraryEntry, OriginalDesign, RevisionEntry } from '../share/index.ts';
import type { OpenDocument } from './library-state.ts';

export type ConflictChoice = 'overwrite' | 'load-theirs' | 'save-copy';

export interface LibraryActions {
  /**
   * Opens the library (falling back to memory), reconciles the open design with its stored copy, saves it if needed.
   */
  connectLibrary(): Promise<void>;
  /**
   * Saves the open design if it has changes (autosave calls this). `keep` (a save by hand, Ctrl+S): the design's
   * newest revision is ended there, so that Compare can come back to it (design-revisions.ts).
   */
  saveDesign(options?: { keep?: boolean }): Promise<void>;
  /** Another tab (or this one) changed the library: refresh the list; a newer copy of the open design is a conflict. */
  libraryChanged(change: LibraryChange): Promise<void>;
  showLibrary(open: boolean): void;
  searchLibrary(text: string): void;
  refreshLibrary(): Promise<void>;
  openSaved(id: string): Promise<void>;
  renameSaved(id: string, name: string): Promise<void>;
  duplicateSaved(id: string): Promise<void>;
  /** Deletes a saved design that is not open; "Deleted X. Undo delete" restores it. */
  removeSaved(id: string): Promise<void>;
  undoRemove(): Promise<void>;
  dismissRemoved(): void;
  resolveConflict(choice: ConflictChoice): Promise<void>;
  /** Starts a new, unsaved design (the open one is saved first). */
  newDesign(design: Design): Promise<void>;
  /**
   * Opens an imported design as a new design in the library (the open one is saved first and stays as it is); Undo
   * goes back to it (undoImport). False when the open design could not be saved (nothing changed).
   */
  importAsNew(design: Design): Promise<boolean>;
  /** Goes back to the design that was open before the last import; the imported one stays in the library. */
  undoImport(): Promise<void>;
  /**
   * Opens a method of a workspace in the designer (the open design is saved first); false when it could not.
   * `original`: the method's original kept by the workspace (else the design as opened now).
   */
  openWorkspaceMethod(design: Design, original?: OriginalDesign): Promise<boolean>;
  /** Shows a design from a share link as the open, unsaved design; false when it could not be opened. */
  openShared(design: Design): Promise<boolean>;
  saveSharedCopy(): Promise<void>;
  discardShared(): Promise<void>;
  dismissLibraryError(): void;
  /** Makes the open design as it is now its original (e.g. once its changes are deployed), kept with its record. */
  markOriginal(): Promise<void>;
  /** The saved designs, newest first (for Compare); [] when the library cannot be read (the error is shown). */
  listSaved(): Promise<LibraryEntry[]>;
  /** A saved design, through the model's restore step; null when it is gone or cannot be read (the error is shown). */
  readSaved(id: string): Promise<Design | null>;
  /** The last revisions of a saved design, newest first (for Compare); [] when they cannot be read (shown). */
  listRevisions(id: string): Promise<RevisionEntry[]>;
  /** One revision's design, through the model's restore step; null when it is gone or cannot be read (shown). */
  readRevision(id: string, startedAt: number): Promise<Design | null>;
}

export interface LibrarySliceOptions {
  /** Opens the library (IndexedDB in the browser). When it rejects, the slice keeps designs in memory and says so. */
  open: () => Promise<DesignLibrary>;
  design: Design;
  document: OpenDocument;
  /** The open design is the library's copy (no unsaved changes). */
  saved: boolean;
  /** The design "Discard" opens when there is nothing to go back to. */
  fallbackDesign: () => Design;
}
