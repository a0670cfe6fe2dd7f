import { checkFileType, FILE_SIGNATURE_BYTES } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { recogniseUpload } from './file-access.kinds';
import type { FileStore } from './file-store';
import { filesLog } from './files.log';

/** What Storage reports of a finished upload. */
export interface UploadedObject {
  name: string;
  contentType: string;
  size: number;
  /** The uploader's custom metadata (absent on older events and tests). */
  metadata?: Record<string, string>;
}

export type UploadCheck =
  | { status: 'accepted' }
  | { status: 'not-private' }
  | { status: 'gone' }
  | {
      status: 'rejected';
      reason: 'too-large' | 'type-not-allowed' | 'content-mismatch' | 'record-mismatch' | 'not-processed';
      recordRemoved: boolean;
    };

/** A record's field that names something else than the upload; a field the record lacks says nothing. */
const differs = (recorded: string | null, actual: string) => recorded !== null && recorded !== actual;

/**
 * The upload's real type, from its first bytes, must be the allowed type it declares, and the record
 * (when already written) must name this file with that type. Otherwise the file is deleted, and the
 * record with it. Idempotent: a second run finds the file gone, or finds it good again.
 */
export async function checkUpload(
  deps: { db: Firestore; files: FileStore },
  object: UploadedObject,
): Promise<UploadCheck> {
  const uploaded = recogniseUpload(object.name);
  if (!uploaded) {
    filesLog.uploadUnknownPath(object.name);
    return { status: 'not-private' };
  }
  const head = await deps.files.head(object.name, FILE_SIGNATURE_BYTES);
  if (!head) return { status: 'gone' };
  const record = await uploaded.readRecord(deps.db);
  const typeCheck = checkFileType(object.contentType, head);
  const kindAccepts = !uploaded.contentTypes || uploaded.contentTypes.includes(object.contentType);
  const reason =
    object.size > uploaded.maxBytes
      ? 'too-large'
      : !kindAccepts
        ? 'type-not-allowed'
        : !typeCheck.ok
          ? typeCheck.reason
          : record && (differs(record.storagePath, object.name) || differs(record.contentType, object.contentType))
            ? 'record-mismatch'
            : null;
  if (!reason) {
    const next = uploaded.accepted
      ? await uploaded.accepted(deps, { ...object, metadata: object.metadata ?? {} })
      : 'done';
    if (next === 'done') return { status: 'accepted' };
    await deps.files.remove(object.name);
    filesLog.uploadRejected(object.name, 'not-processed', false);
    return { status: 'rejected', reason: 'not-processed', recordRemoved: false };
  }
  await deps.files.remove(object.name);
  // Only a record that names this very file goes: another record's file is not this upload's business.
  const recordRemoved = record !== null && record.storagePath === object.name;
  if (recordRemoved) await deps.db.doc(uploaded.recordPath).delete();
  filesLog.uploadRejected(object.name, reason, recordRemoved);
  return { status: 'rejected', reason, recordRemoved };
}
