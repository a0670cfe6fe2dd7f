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
