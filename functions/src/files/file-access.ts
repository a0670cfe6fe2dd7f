import type { PrivateFileKind, PrivateFileRef } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import type { FileStore } from './file-store';
import type { FileViewer } from './file-viewer';

/** What a granted download serves: the file, and the name and type its record keeps. */
interface FileGrant {
  storagePath: string;
  fileName: string;
  contentType: string;
}

/** `not-found` when the record (or what it belongs to) does not exist; `not-allowed` when the viewer may not read it. */
export type FileAccessAnswer =
  { status: 'granted'; file: FileGrant } | { status: 'not-allowed' } | { status: 'not-found' };

/** A stored upload recognised as a file of this kind, and what its record says it must be. */
export interface UploadedFile {
  /** The record's document path in Firestore. */
  recordPath: string;
  /**
   * The record, if written yet (the apps upload first, then write the record): the file and type it
   * names, each null when the record does not say (a record the check cannot compare with).
   */
  readRecord(db: Firestore): Promise<{ storagePath: string | null; contentType: string | null } | null>;
  /** The most a file of this kind may weigh. */
  maxBytes: number;
  /** The content types this kind accepts, when narrower than the private files' allow-list. */
  contentTypes?: readonly string[];
  /**
   * What follows an accepted upload of this kind (a photo gets its thumbnails and joins its property).
   * Called again when the event is replayed: it must be idempotent. `rejected` deletes nothing itself.
   */
  accepted?(deps: { db: Firestore; files: FileStore }, object: AcceptedUpload): Promise<'done' | 'rejected'>;
}

/** What the check knows of an accepted upload. */
export interface AcceptedUpload {
  name: string;
  contentType: string;
  size: number;
  /** The custom metadata the uploader set (storage.rules check `uploadedBy` against the caller). */
  metadata: Record<string, string>;
}

/**
 * One kind of private file: how a download is decided (from Firestore, at each request, with the same
 * visibility as the record's) and how an upload is recognised. Each capability owning private files
 * implements one in `<capability>/<kind>.file-access.ts`; file-access.kinds.ts lists them.
 */
export interface PrivateFileAccess<K extends PrivateFileKind> {
  kind: K;
  decide(db: Firestore, viewer: FileViewer, ref: Extract<PrivateFileRef, { kind: K }>): Promise<FileAccessAnswer>;
  /** The upload at this Storage path, when it is a file of this kind; null otherwise. */
  uploaded(storagePath: string): UploadedFile | null;
}
