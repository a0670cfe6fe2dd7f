import {
  CALLABLES,
  paths,
  privateFileUrl,
  sharedDocumentId,
  type Contact,
  type ContactDocument,
  type SavePropertyResult,
  type ShareDocumentResult,
  type UnshareDocumentResult,
} from '@estate/domain';
import { getStorage } from 'firebase-admin/storage';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { activeClient, storeContactDoc } from '../support/stored-contacts';
import { functionsOrigin, projectId, region } from '../support/emulator-env';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';

/**
 * files-shareDocument and files-unshareDocument, and the shared copy's download: a document of the
 * client file or of a property shared with a client, who opens it through files-download, and is
 * mailed once whatever the retries.
 */
const BUCKET = `${projectId}.appspot.com`;
const DOWNLOAD = `${functionsOrigin}/${projectId}/${region}/files-download`;
const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let tenant: TestTenant;
let agent: TestUser;
let otherAgent: TestUser;
let propertyId: string;

const t = () => tenant.tenantId;
const bucket = () => getStorage(adminAuth().app).bucket(BUCKET);
const shortId = () => randomUUID().replace(/-/g, '').slice(0, 20);

const storeContact = (): Promise<Contact> =>
  storeContactDoc(adminDb(), t(), {
    firstName: 'Nadia',
    lastName: 'Partage',
    emails: [{ address: uniqueEmail('shared'), label: 'personal' }],
    assignedAgentUid: agent.uid,
  });

async function storeContactDocument(contactId: string): Promise<ContactDocument> {
  const ref = adminDb().collection(paths.contactDocuments(t(), contactId)).doc();
  const document: ContactDocument = {
    id: ref.id,
    name: 'Offre de prêt.pdf',
    category: 'financing',
    contentType: 'application/pdf',
    size: PDF_BYTES.length,
    storagePath: paths.contactDocumentFile(t(), contactId, ref.id, 'Offre_de_pret.pdf'),
    uploadedBy: agent.uid,
    uploadedAt: new Date(),
  };
  await ref.set(document);
  await bucket().file(document.storagePath).save(PDF_BYTES, { contentType: 'application/pdf', resumable: false });
  return document;
}

async function storePropertyDocument(): Promise<string> {
  const ref = adminDb().collection(paths.propertyDocuments(t(), propertyId)).doc();
  const storagePath = paths.propertyDocumentFile(t(), propertyId, ref.id, 'DPE.pdf');
  await ref.set({
    id: ref.id,
    name: 'DPE.pdf',
    category: 'diagnostics',
    contentType: 'application/pdf',
    size: PDF_BYTES.length,
    storagePath,
    uploadedBy: agent.uid,
    uploadedAt: new Date(),
  });
  await bucket().file(storagePath).save(PDF_BYTES, { contentType: 'application/pdf', resumable: false });
  return ref.id;
}

/** The contact's client space, active, and its client signed in with its claims. */
const sharedMails = async (contactId: string) =>
  (
    await adminDb()
      .collection(paths.mails(t()))
      .where('contactId', '==', contactId)
      .where('templateId', '==', 'document-shared')
      .get()
  ).docs.map((doc) => doc.data());

const download = (sharedId: string, idToken: string) =>
  fetch(`${DOWNLOAD}${privateFileUrl({ kind: 'shared-document', sharedId }).replace(/^\/files/, '')}`, {
    headers: { Authorization: `Bearer ${idToken}` },
  });

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Partage' });
  agent = await addActiveMember(tenant, 'agent', 'Agathe Partage');
  otherAgent = await addActiveMember(tenant, 'agent', 'Octave Autre');
  await adminDb().doc(paths.contactsSettings(t())).set({ visibility: 'own', origins: [], updatedAt: new Date() });
  const saved = await mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    {
      propertyId: null,
      requestId: shortId(),
      property: {
        dealType: 'sale',
        title: 'Maison du Port',
        propertyType: 'house',
        address: { street: '3 quai du Port', complement: '', postalCode: '13002', city: 'Marseille', country: 'FR' },
        price: 420_000,
        surface: 98,
        rooms: 5,
        status: 'online',
        sellerContactIds: [],
        assignedAgentUid: agent.uid,
      },
    },
    agent.idToken,
  );
  propertyId = saved.propertyId;
}, 60_000);

describe('files-shareDocument', () => {
  it('shares a document of the client file once, mails the client once, and the client opens it', async () => {
    const contact = await storeContact();
    const client = await activeClient(t(), contact, agent.uid);
    const document = await storeContactDocument(contact.id);
    const input = {
      contactId: contact.id,
      source: { kind: 'contact-document', contactId: contact.id, documentId: document.id },
    };

    const first = await mustCall<ShareDocumentResult>(CALLABLES.shareDocument, input, agent.idToken);
    expect(first).toEqual({ sharedId: sharedDocumentId(contact.id, document.id), status: 'shared' });
    const again = await mustCall<ShareDocumentResult>(CALLABLES.shareDocument, input, agent.idToken);
    expect(again.status).toBe('already-shared');

    const shared = (await adminDb().doc(paths.sharedDocument(t(), first.sharedId)).get()).data();
    expect(shared).toMatchObject({
      contactId: contact.id,
      name: 'Offre de prêt.pdf',
      propertyId: null,
      sharedBy: agent.uid,
    });
    const mails = await sharedMails(contact.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      to: contact.emails[0]?.address,
      subject: expect.stringContaining('Offre de prêt.pdf'),
    });

    const response = await download(first.sharedId, client.idToken);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF_BYTES)).toBe(true);
  });

  it('shares a property document for its listing, with its title', async () => {
    const contact = await storeContact();
    const documentId = await storePropertyDocument();
    const result = await mustCall<ShareDocumentResult>(
      CALLABLES.shareDocument,
      { contactId: contact.id, source: { kind: 'property-document', propertyId, documentId } },
      agent.idToken,
    );
    const shared = (await adminDb().doc(paths.sharedDocument(t(), result.sharedId)).get()).data();
    expect(shared).toMatchObject({ propertyId, propertyTitle: 'Maison du Port', name: 'DPE.pdf' });
    // No client space yet: nobody is mailed; the client finds it once invited.
    expect(await sharedMails(contact.id)).toHaveLength(0);
  });

  it('refuses a document of another client, a missing one, and a client the agent does not see', async () => {
    const contact = await storeContact();
    const other = await storeContact();
    const othersDocument = await storeContactDocument(other.id);
    const foreign = await callCallable(
      CALLABLES.shareDocument,
      {
        contactId: contact.id,
        source: { kind: 'contact-document', contactId: other.id, documentId: othersDocument.id },
      },
      agent.idToken,
    );
    expect(foreign).toMatchObject({ ok: false, reason: 'document-not-found' });
    const missing = await callCallable(
      CALLABLES.shareDocument,
      { contactId: contact.id, source: { kind: 'property-document', propertyId, documentId: 'nothing-here' } },
      agent.idToken,
    );
    expect(missing).toMatchObject({ ok: false, reason: 'document-not-found' });
    const unseen = await callCallable(
      CALLABLES.shareDocument,
      { contactId: other.id, source: { kind: 'contact-document', contactId: other.id, documentId: othersDocument.id } },
      otherAgent.idToken,
    );
    expect(unseen).toMatchObject({ ok: false, reason: 'contact-not-found' });
    const malformed = await callCallable(
      CALLABLES.shareDocument,
      { contactId: contact.id, source: { kind: 'nope' } },
      agent.idToken,
    );
    expect(malformed).toMatchObject({ ok: false, code: 'invalid-argument' });
    expect(
      (await adminDb().collection(paths.sharedDocuments(t())).where('contactId', '==', contact.id).get()).size,
    ).toBe(0);
  });
});

describe('files-unshareDocument and the shared copy', () => {
  it('refuses another client and, once unshared, the client too', async () => {
    const contact = await storeContact();
    const client = await activeClient(t(), contact, agent.uid);
    const stranger = await activeClient(t(), await storeContact(), agent.uid);
    const document = await storeContactDocument(contact.id);
    const { sharedId } = await mustCall<ShareDocumentResult>(
      CALLABLES.shareDocument,
      { contactId: contact.id, source: { kind: 'contact-document', contactId: contact.id, documentId: document.id } },
      agent.idToken,
    );
    const refused = await download(sharedId, stranger.idToken);
    expect(refused.status).toBe(403);
    await refused.arrayBuffer();

    expect(await mustCall<UnshareDocumentResult>(CALLABLES.unshareDocument, { sharedId }, agent.idToken)).toEqual({
      status: 'unshared',
    });
    expect(await mustCall<UnshareDocumentResult>(CALLABLES.unshareDocument, { sharedId }, agent.idToken)).toEqual({
      status: 'not-shared',
    });
    const gone = await download(sharedId, client.idToken);
    expect(gone.status).toBe(404);
    await gone.arrayBuffer();
    // The document itself stays in the client file.
    expect(
      (
        await adminDb()
          .doc(paths.contactDocument(t(), contact.id, document.id))
          .get()
      ).exists,
    ).toBe(true);
  });

  it('goes with its document when the document is deleted', async () => {
    const contact = await storeContact();
    const document = await storeContactDocument(contact.id);
    const { sharedId } = await mustCall<ShareDocumentResult>(
      CALLABLES.shareDocument,
      { contactId: contact.id, source: { kind: 'contact-document', contactId: contact.id, documentId: document.id } },
      agent.idToken,
    );
    await mustCall(CALLABLES.deleteContactDocument, { contactId: contact.id, documentId: document.id }, agent.idToken);
    expect((await adminDb().doc(paths.sharedDocument(t(), sharedId)).get()).exists).toBe(false);
  });
});
