import {
  contactDocumentModel,
  documentDeletedRemark,
  paths,
  type DeleteContactDocumentInput,
  type DeleteContactDocumentResult,
  type HistoryEntry,
} from '@estate/domain';
import { readCollaboratorActor, readVisibleContact } from '../contacts/contact-access';
import type { Caller } from '../lib/caller';
import { converterOf, toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { readTenant } from '../lib/staff';
import type { FileStore } from './file-store';
import { filesLog } from './files.log';
import { readSharesOf } from './share-document.handler';
import { runTransaction } from '../lib/transactions';

const documentConverter = converterOf(contactDocumentModel);

/**
 * A collaborator who sees the contact deletes one of its documents: the record goes and a remark
 * enters the contact's history in one transaction, then the file goes. A retry, or a second click,
 * finds no record and writes nothing; a file left by a failure after the commit is read by nobody
 * (downloads need the record) and goes with the contact's erasure.
 */
export async function deleteContactDocument(
  deps: Deps & { files: FileStore },
  caller: Caller,
  input: DeleteContactDocumentInput,
): Promise<DeleteContactDocumentResult> {
  const { db } = deps;
  const now = deps.now();
  const deleted = await runTransaction(db, async (tx) => {
    const actor = await readCollaboratorActor(db, tx, caller);
    const contact = await readVisibleContact(db, tx, actor, input.contactId);
    const recordRef = db
      .doc(paths.contactDocument(actor.tenantId, contact.id, input.documentId))
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
      contactIds: [contact.id],
      propertyId: null,
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
  filesLog.documentDeleted(deleted.tenantId, input.contactId, input.documentId, caller.uid);
  return { status: 'deleted' };
}
