import { getApp } from 'firebase-admin/app';
import { getStorage } from 'firebase-admin/storage';
import { paths } from '@estate/domain';
import { adminDb } from '../lib/admin';

/** Removes every Storage file of a contact (its documents' files); returns how many there were. */
export async function deleteContactFiles(tenantId: string, contactId: string): Promise<number> {
  // adminDb() makes sure the default app exists; its bucket comes from the project's configuration.
  adminDb();
  const bucket = getStorage(getApp()).bucket();
  const [files] = await bucket.getFiles({ prefix: paths.contactFilesPrefix(tenantId, contactId) });
  // A file already gone (a retried erasure, a concurrent deletion) is what we want anyway.
  await Promise.all(files.map((file) => file.delete({ ignoreNotFound: true })));
  return files.length;
}

/** A document file moves with its metadata, so the kept contact's erasure removes it too. */
export async function moveDocumentFile(tenantId: string, keepId: string, documentId: string, storagePath: string) {
  const fileName = storagePath.split('/').at(-1) ?? documentId;
  const target = paths.contactDocumentFile(tenantId, keepId, documentId, fileName);
  if (target === storagePath) return target;
  adminDb();
  const bucket = getStorage(getApp()).bucket();
  const [exists] = await bucket.file(storagePath).exists();
  // Already moved by an earlier try: the target is there and the source gone.
  if (exists) await bucket.file(storagePath).move(target);
  return target;
}
