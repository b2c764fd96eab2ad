// Public entry of sharing and persistence (browser): share links and the library of saved designs.
export { decodeShareFragment, encodeShareLink, DEFAULT_MAX_LINK_LENGTH, SHARE_LINK_FORMAT } from './link-codec.ts';
export type { DecodeResult, EncodeResult } from './link-codec.ts';
export { createLibrary, openLibrary } from './design-library.ts';
export type { DesignLibrary, LibraryOptions } from './design-library.ts';
export { memoryRecordStore } from './memory-record-store.ts';
export { memoryRevisionStore } from './revision-store.ts';
export type { RevisionStore } from './revision-store.ts';
export { MAX_REVISIONS, REVISION_WINDOW_MS } from './design-revisions.ts';
export type { RevisionEntry, StoredRevision } from './design-revisions.ts';
export { ConflictError, StorageError } from './library-errors.ts';
export type { StorageFailure } from './library-errors.ts';
export type { LibraryEntry, LibraryRecord, OriginalDesign, OriginalSource, SaveOptions } from './library-records.ts';
export { onLibraryChange } from './library-channel.ts';
export type { LibraryChange } from './library-channel.ts';
