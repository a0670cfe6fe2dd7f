import {
  documentDeletedRemark,
  paths,
  propertyDocumentModel,
  type DeleteContactDocumentResult,
  type DeletePropertyDocumentInput,
  type HistoryEntry,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { converterOf, toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { readTenant } from '../lib/staff';
import { readPipelineCollaborator, readProperty } from '../pipeline/pipeline-store';
import type { FileStore } from './file-store';
import { filesLog } from './files.log';
import { readSharesOf } from './share-document.handler';
import { runTransaction } from '../lib/transactions';

const documentConverter = converterOf(propertyDocumentModel);

/**
 * A collaborator deletes one of a property's documents: the record goes and a remark enters the
 * property's history in one transaction, then the file goes. A retry finds no record and writes nothing.
 */
export async function deletePropertyDocument(
  deps: Deps & { files: FileStore },
  caller: Caller,
  input: DeletePropertyDocumentInput,
): Promise<DeleteContactDocumentResult> {
  const { db } = deps;
  const now = deps.now();
  const deleted = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    await readProperty(db, tx, actor.tenantId, input.propertyId);
    const recordRef = db
      .doc(paths.propertyDocument(actor.tenantId, input.propertyId, input.documentId))
      .withConverter(documentConverter);
    const record = (await tx.get(recordRef)).data();
    if (!record) return null;
    const tenant = await readTenant(db, tx, actor.tenantId);
    const shares = await readSharesOf(db, tx, tenant.id, input.documentId);
    const entryRef = db.collection(paths.history(tenant.id)).doc();
    const entry: HistoryEntry = {
      id: entryRef.id,
      type: 'remark',
      occurredAt: now,
      contactIds: [],
      propertyId: input.propertyId,
      dealId: null,
      text: documentDeletedRemark(tenant.locale, { actor: actor.member.displayName, name: record.name }),
      authorUid: actor.uid,
      createdAt: now,
    };
    tx.delete(recordRef);
    for (const share of shares) tx.delete(share);
    tx.create(entryRef, toStored(entry));
    return { tenantId: tenant.id, storagePath: record.storagePath };
  });
  if (!deleted) return { status: 'already-deleted' };
  await deps.files.remove(deleted.storagePath);
  filesLog.propertyDocumentDeleted(deleted.tenantId, input.propertyId, input.documentId, caller.uid);
  return { status: 'deleted' };
}
