import {
  contactDocumentModel,
  paths,
  propertyDocumentModel,
  sharedDocumentId,
  sharedDocumentModel,
  type ShareDocumentRequest,
  type ShareDocumentResult,
  type SharedDocument,
  type UnshareDocumentInput,
  type UnshareDocumentResult,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { readCollaboratorActor, readVisibleContact } from '../contacts/contact-access';
import { propertyConverter } from '../pipeline/pipeline-store';
import type { Caller } from '../lib/caller';
import { readClientMailing } from '../lib/client-mail';
import { converterOf } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { runTransaction } from '../lib/transactions';

const sharedConverter = converterOf(sharedDocumentModel);
const contactDocumentConverter = converterOf(contactDocumentModel);
const propertyDocumentConverter = converterOf(propertyDocumentModel);

const documentNotFound = () => new Refusal('not-found', 'This document does not exist.', 'document-not-found');

/** The mail telling the client, once per share whatever the retries (sharing again after unsharing mails no more). */
const documentSharedMailId = (sharedId: string) => `document-shared-${sharedId}`;

/**
 * A collaborator who sees the client shares a document of the client's file (optionally for one
 * listing) or of a property with them: the share and the client's mail are written in one
 * transaction; a retry or a second click finds the share and writes nothing.
 */
export async function shareDocument(
  deps: Deps,
  caller: Caller,
  input: ShareDocumentRequest,
): Promise<ShareDocumentResult> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readCollaboratorActor(db, tx, caller);
    const contact = await readVisibleContact(db, tx, actor, input.contactId);
    const { source } = input;
    const { tenantId } = actor;
    // A document of one client's file is never shared with another client.
    if (source.kind === 'contact-document' && source.contactId !== contact.id) throw documentNotFound();
    const readRecord = () =>
      source.kind === 'contact-document'
        ? tx
            .get(
              db
                .doc(paths.contactDocument(tenantId, source.contactId, source.documentId))
                .withConverter(contactDocumentConverter),
            )
            .then((snapshot) => snapshot.data())
        : tx
            .get(
              db
                .doc(paths.propertyDocument(tenantId, source.propertyId, source.documentId))
                .withConverter(propertyDocumentConverter),
            )
            .then((snapshot) => snapshot.data());
    const propertyId = source.kind === 'property-document' ? source.propertyId : input.propertyId;
    const sharedId = sharedDocumentId(contact.id, source.documentId);
    const sharedRef = db.doc(paths.sharedDocument(tenantId, sharedId)).withConverter(sharedConverter);
    const [record, existing, property] = await Promise.all([
      readRecord(),
      tx.get(sharedRef),
      propertyId === null
        ? Promise.resolve(null)
        : tx.get(db.doc(paths.property(tenantId, propertyId)).withConverter(propertyConverter)).then((s) => s.data()),
    ]);
    if (!record) throw documentNotFound();
    if (propertyId !== null && !property) {
      throw new Refusal('not-found', 'This property does not exist.', 'property-not-found');
    }
    const mailId = documentSharedMailId(sharedId);
    const mailing = await readClientMailing(db, tx, tenantId, contact.id, [mailId], now);
    if (existing.exists) return { sharedId, status: 'already-shared' as const };

    const shared: SharedDocument = {
      id: sharedId,
      contactId: contact.id,
      source,
      propertyId,
      propertyTitle: property?.title ?? null,
      name: record.name,
      contentType: record.contentType,
      size: record.size,
      sharedBy: actor.uid,
      sharedAt: now,
    };
    tx.create(sharedRef, shared);
    // A contact without a client space yet gets no mail: they will find it when invited.
    if (mailing && contact.portal.status !== 'none') {
      mailing.toClient({
        templateId: 'document-shared',
        data: { documentName: record.name, link: deps.links.link('client', mailing.tenant, '/documents') },
        mailId,
        optional: false,
      });
    }
    return { sharedId, status: 'shared' as const };
  });
}

/** The client no longer sees the document; the document stays in its file. A retry finds nothing to do. */
export async function unshareDocument(
  deps: Deps,
  caller: Caller,
  input: UnshareDocumentInput,
): Promise<UnshareDocumentResult> {
  const { db } = deps;
  return runTransaction(db, async (tx) => {
    const actor = await readCollaboratorActor(db, tx, caller);
    const sharedRef = db.doc(paths.sharedDocument(actor.tenantId, input.sharedId)).withConverter(sharedConverter);
    const shared = (await tx.get(sharedRef)).data();
    if (!shared) return { status: 'not-shared' as const };
    await readVisibleContact(db, tx, actor, shared.contactId);
    tx.delete(sharedRef);
    return { status: 'unshared' as const };
  });
}

/**
 * The shares of one document, read inside the transaction deleting it so they go with it (a document
 * is shared with a handful of clients; 100 is far past any real use).
 */
export async function readSharesOf(db: Firestore, tx: Transaction, tenantId: string, documentId: string) {
  const shares = await tx.get(
    db.collection(paths.sharedDocuments(tenantId)).where('source.documentId', '==', documentId).limit(100),
  );
  return shares.docs.map((doc) => doc.ref);
}
