import {
  CALLABLES,
  paths,
  type AssignListingResult,
  type ContactDocument,
  type SavePropertyResult,
  type ShareDocumentResult,
} from '@estate/domain';
import { getStorage } from 'firebase-admin/storage';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, signInToClient, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { projectId } from '../support/emulator-env';
import { waitForMail } from '../support/maildev';
import {
  addActiveMember,
  createTenantWithOwner,
  TEST_PASSWORD,
  type TestTenant,
  type TestUser,
} from '../support/tenants';

/** The smallest PNG: its signature, then an IHDR for one pixel, as files-checkUpload expects. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

describe('a client’s document: a colleague opens it then loses it at once; shared with the client, she opens it', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let sophie: TestUser;
  let marc: TestUser;
  let page: Page;
  let contactId = '';
  let document: ContactDocument;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Pièces', locale: 'fr' });
    sophie = await addActiveMember(tenant, 'agent', 'Sophie Agent');
    marc = await addActiveMember(tenant, 'agent', 'Marc Collègue');
    await adminDb()
      .doc(paths.contactsSettings(tenant.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
    const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
    contactId = ref.id;
    await ref.set(
      contactDoc({
        id: ref.id,
        firstName: 'Irène',
        lastName: 'Papiers',
        emails: [{ address: `irene.${ref.id.toLowerCase()}@example.com`, label: 'personal' }],
        assignedAgentUid: sophie.uid,
        sharedWithUids: [marc.uid],
        createdBy: sophie.uid,
      }),
    );
    const documentRef = adminDb().collection(paths.contactDocuments(tenant.tenantId, contactId)).doc();
    document = {
      id: documentRef.id,
      name: 'Carte d’identité.png',
      category: 'identity',
      contentType: 'image/png',
      size: PNG.length,
      storagePath: paths.contactDocumentFile(tenant.tenantId, contactId, documentRef.id, 'Carte_d_identite.png'),
      uploadedBy: sophie.uid,
      uploadedAt: new Date(),
    };
    await documentRef.set(document);
    await getStorage(adminAuth().app)
      .bucket(`${projectId}.appspot.com`)
      .file(document.storagePath)
      .save(PNG, { contentType: 'image/png', resumable: false });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('Marc opens the identity card in a new tab and downloads it, through no stored link', async () => {
    page = await signInToAdmin(browser, tenant.tenantId, marc);
    await page.goto(`${runtime().adminUrl}/clients/${contactId}?tenant=${encodeURIComponent(tenant.tenantId)}`);
    await page.getByRole('tab', { name: 'Documents', exact: true }).click();
    const list = page.getByTestId('document-list');
    await list.getByText('Carte d’identité.png').waitFor({ timeout: STEP });

    const [tab] = await Promise.all([
      page.waitForEvent('popup', { timeout: STEP }),
      list.getByRole('button', { name: 'Ouvrir' }).click(),
    ]);
    await tab.waitForURL(/^blob:/, { timeout: STEP });
    await tab.close();

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: STEP }),
      list.getByRole('button', { name: 'Télécharger' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Carte d’identité.png');
    expect((await readFile(await download.path())).equals(PNG)).toBe(true);
    // Nothing the page shows is a lasting address of the file.
    expect(await page.content()).not.toContain('firebasestorage');
    expect(await page.content()).not.toContain(document.storagePath);
  });

  it('once Sophie stops sharing the client, Marc’s next open is refused, in the same tab', async () => {
    await adminDb().doc(paths.contact(tenant.tenantId, contactId)).update({ sharedWithUids: [] });
    const list = page.getByTestId('document-list');
    await list.getByRole('button', { name: 'Ouvrir' }).click();
    await page
      .getByTestId('document-failure')
      .getByText('vous n’avez plus accès aux documents de ce client.', { exact: false })
      .waitFor({ timeout: STEP });
    expect(page.context().pages()).toHaveLength(1);
    await page.context().close();
  });

  it('Sophie shares it with Irène, who is mailed and opens it from her Documents on her phone', async () => {
    const email = `irene.${contactId.toLowerCase()}@example.com`;
    const account = await adminAuth().createUser({ email, password: TEST_PASSWORD });
    await adminAuth().setCustomUserClaims(account.uid, { tenantId: tenant.tenantId, role: 'client', contactId });
    await adminDb()
      .doc(paths.contact(tenant.tenantId, contactId))
      .update({ portal: { status: 'active', uid: account.uid, invitedAt: new Date(), invitedBy: sophie.uid } });

    const agentPage = await signInToAdmin(browser, tenant.tenantId, sophie);
    await agentPage.goto(
      `${runtime().adminUrl}/clients/${contactId}/documents?tenant=${encodeURIComponent(tenant.tenantId)}`,
    );
    const share = agentPage.getByRole('switch', { name: 'Partager « Carte d’identité.png » avec le client' });
    await share.waitFor({ timeout: STEP });
    await share.click();
    await agentPage
      .getByRole('switch', { name: '« Carte d’identité.png » est visible dans l’espace client', exact: false })
      .waitFor({ timeout: STEP });
    const mail = await waitForMail({ to: email, subjectIncludes: 'Carte d’identité.png' });
    expect(mail.subject).toContain('Un document vous attend');

    const client = await signInToClient(browser, tenant.tenantId, { email, password: TEST_PASSWORD });
    await client
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Documents' })
      .click();
    const item = client.getByTestId('shared-document').filter({ hasText: 'Carte d’identité.png' });
    await item.waitFor({ timeout: STEP });
    const [download] = await Promise.all([
      client.waitForEvent('download', { timeout: STEP }),
      item.getByRole('button', { name: 'Ouvrir Carte d’identité.png' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Carte d’identité.png');
    expect((await readFile(await download.path())).equals(PNG)).toBe(true);
    await client.context().close();
    await agentPage.context().close();
  });

  it('a document shared for a listing shows on that listing’s page in her space', async () => {
    const email = `irene.${contactId.toLowerCase()}@example.com`;
    const saved = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: `docs${Date.now()}`,
        property: {
          dealType: 'sale',
          title: 'Studio près du port',
          propertyType: 'apartment',
          address: { street: '2 quai du Port', complement: '', postalCode: '13002', city: 'Marseille', country: 'FR' },
          location: { latitude: 43.3, longitude: 5.37, source: 'pin' },
          price: 189_000,
          surface: 28,
          rooms: 1,
          status: 'online',
          sellerContactIds: [],
          assignedAgentUid: sophie.uid,
        },
      },
      sophie.idToken,
    );
    const propertyId = saved.propertyId;
    await mustCall<AssignListingResult>(
      CALLABLES.assignListing,
      { propertyId, contactIds: [contactId] },
      sophie.idToken,
    );
    await mustCall(CALLABLES.setListingPublished, { contactId, propertyId, published: true }, sophie.idToken);
    const documentRef = adminDb().collection(paths.contactDocuments(tenant.tenantId, contactId)).doc();
    const plan: ContactDocument = {
      ...document,
      id: documentRef.id,
      name: 'Plan du studio.png',
      category: 'other',
      storagePath: paths.contactDocumentFile(tenant.tenantId, contactId, documentRef.id, 'Plan_du_studio.png'),
    };
    await documentRef.set(plan);
    await getStorage(adminAuth().app)
      .bucket(`${projectId}.appspot.com`)
      .file(plan.storagePath)
      .save(PNG, { contentType: 'image/png', resumable: false });
    await mustCall<ShareDocumentResult>(
      CALLABLES.shareDocument,
      { contactId, source: { kind: 'contact-document', contactId, documentId: plan.id }, propertyId },
      sophie.idToken,
    );

    const client = await signInToClient(browser, tenant.tenantId, { email, password: TEST_PASSWORD });
    await client.goto(`${runtime().clientUrl}/listings/${propertyId}?tenant=${encodeURIComponent(tenant.tenantId)}`);
    const documents = client.getByTestId('listing-documents');
    await documents.getByText('Documents de ce bien').waitFor({ timeout: STEP });
    const item = documents.getByTestId('shared-document').filter({ hasText: 'Plan du studio.png' });
    await item.waitFor({ timeout: STEP });
    // The identity card, shared for no listing, stays on the Documents page only.
    expect(await documents.getByText('Carte d’identité.png').count()).toBe(0);
    const [download] = await Promise.all([
      client.waitForEvent('download', { timeout: STEP }),
      item.getByRole('button', { name: 'Ouvrir Plan du studio.png' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Plan du studio.png');
    await client.context().close();
  });
});
