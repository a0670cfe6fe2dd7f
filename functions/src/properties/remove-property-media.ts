import { paths } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import type { FileStore } from '../files/file-store';
import { deleteAll } from '../lib/batches';
import { propertiesLog } from './properties.log';

/** Storage objects deleted per page; a property rarely holds more than a few hundred. */
const FILES_PAGE = 200;
/** Pages per run: past this the run fails and the retried event goes on from what is left. */
const MAX_PAGES = 100;

/**
 * A deleted property's photos, documents and estimations go: the records (`properties/{id}/documents`,
 * `properties/{id}/estimations`) and
 * every Storage object under `paths.propertyFilesPrefix`, page by page. Safe to run twice: each pass
 * finds only what is left. Does nothing while the property exists (an event delivered late after the
 * same id was written again).
 */
export async function removePropertyMedia(
  deps: { db: Firestore; files: FileStore },
  tenantId: string,
  propertyId: string,
): Promise<{ files: number; documents: number } | null> {
  const { db, files } = deps;
  if ((await db.doc(paths.property(tenantId, propertyId)).get()).exists) return null;
  const documents = await deleteAll(db, db.collection(paths.propertyDocuments(tenantId, propertyId)));
  await deleteAll(db, db.collection(paths.estimations(tenantId, propertyId)));
  // Its documents shared with clients go with them.
  await deleteAll(db, db.collection(paths.sharedDocuments(tenantId)).where('source.propertyId', '==', propertyId));
  const prefix = paths.propertyFilesPrefix(tenantId, propertyId);
  let removed = 0;
  for (let page = 0; ; page += 1) {
    const names = await files.list(prefix, FILES_PAGE);
    if (names.length === 0) break;
    if (page >= MAX_PAGES) throw new Error(`more than ${MAX_PAGES * FILES_PAGE} files under ${prefix}; retrying`);
    await Promise.all(names.map((name) => files.remove(name)));
    removed += names.length;
  }
  propertiesLog.mediaRemoved(tenantId, propertyId, removed, documents);
  return { files: removed, documents };
}
