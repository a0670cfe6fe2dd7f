import { paths, propertySchema, type Contact, type Mail } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

/** A local `datetime-local` value (the browser runs in UTC here). */
const localDateTime = (date: Date) => date.toISOString().slice(0, 16);

async function seedBuyer(tenantId: string, agentUid: string): Promise<Contact> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const contact = contactDoc({
    id: ref.id,
    firstName: 'Boris',
    lastName: 'Morel',
    emails: [{ address: `boris.${ref.id.toLowerCase()}@example.com`, label: 'personal' }],
    clientType: 'buyer',
    assignedAgentUid: agentUid,
    createdBy: agentUid,
  });
  await ref.set(contact);
  return contact;
}

async function seedSellerWithProperty(tenantId: string, agentUid: string): Promise<Contact> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const seller = contactDoc({
    id: ref.id,
    firstName: 'Sarah',
    lastName: 'Vendeur',
    emails: [{ address: `sarah.${ref.id.toLowerCase()}@example.com`, label: 'personal' }],
    clientType: 'seller',
    assignedAgentUid: agentUid,
    createdBy: agentUid,
  });
  await ref.set(seller);
  const propertyRef = adminDb().collection(paths.properties(tenantId)).doc();
  const now = new Date();
  const property = propertySchema.parse({
    id: propertyRef.id,
    reference: 'V-00042',
    dealType: 'sale',
    title: 'Appartement lumineux',
    propertyType: 'apartment',
    address: { postalCode: '69003', city: 'Lyon' },
    price: 420_000,
    surface: 82,
    rooms: 4,
    status: 'online',
    sellerContactIds: [ref.id],
    assignedAgentUid: agentUid,
    visitCount: 7,
    offerCount: 2,
    photos: [],
    createdBy: agentUid,
    createdAt: now,
    updatedAt: now,
  });
  await propertyRef.set(property);
  return seller;
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe("admin app: an agent works on a buyer's file", () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let buyer: Contact;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Dossier', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
    buyer = await seedBuyer(tenant.tenantId, agent.uid);
    page = await signInToAdmin(browser, tenant.tenantId, agent);
    await page.goto(`${runtime().adminUrl}/clients/${buyer.id}?tenant=${encodeURIComponent(tenant.tenantId)}`);
    await page.getByTestId('client-file-name').getByText('Boris Morel').waitFor({ timeout: STEP });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("opens the buyer's file with the buyer's tabs", async () => {
    await page.getByTestId('client-general').waitFor({ timeout: STEP });
    for (const tab of ['Questionnaire initial', 'Recherche', 'Tracfin', 'Bloc-notes', 'Autres signataires']) {
      await page.getByRole('tab', { name: tab, exact: true }).waitFor({ timeout: STEP });
    }
  });

  it('adds the spouse as a co-signatory and sees her listed', async () => {
    await page.getByRole('tab', { name: 'Autres signataires', exact: true }).click();
    await page.waitForURL(/\/signatories/, { timeout: STEP });
    await page.getByText('Aucun autre signataire').waitFor({ timeout: STEP });
    await page.getByTestId('signatory-add').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('signatory-first-name').fill('Anna');
    await dialog.getByTestId('signatory-last-name').fill('Morel');
    await dialog.getByLabel('Téléphone').fill('06 12 34 56 78');
    await dialog.getByTestId('signatory-save').click();
    await page.getByText('Signataire ajouté').waitFor({ timeout: STEP });
    const row = page.getByTestId('signatory-row');
    await row.getByText('Anna Morel').waitFor({ timeout: STEP });
    await row.getByText('Conjoint(e)').waitFor({ timeout: STEP });
    await row.getByText('+33 6 12 34 56 78').waitFor({ timeout: STEP });
    const stored = await adminDb().collection(paths.signatories(tenant.tenantId, buyer.id)).get();
    expect(stored.docs.map((doc) => [doc.get('role'), doc.get('phone'), doc.get('createdBy')])).toEqual([
      ['spouse', '+33612345678', agent.uid],
    ]);
  });

  it('writes a private note with a reminder', async () => {
    await page.getByRole('tab', { name: 'Bloc-notes', exact: true }).click();
    await page.getByText('Bloc-notes vide').waitFor({ timeout: STEP });
    const remindAt = new Date(Date.now() + 24 * 60 * 60_000);
    remindAt.setUTCSeconds(0, 0);
    await page.getByTestId('note-text').fill('Rappeler Boris après la visite du notaire.');
    await page.getByTestId('note-remind-at').fill(localDateTime(remindAt));
    await page.getByTestId('note-save').click();
    await page.getByText('Note ajoutée').waitFor({ timeout: STEP });
    const item = page.getByTestId('note-item');
    await item.getByText('Rappeler Boris après la visite du notaire.').waitFor({ timeout: STEP });
    await item.getByTestId('note-reminder').waitFor({ timeout: STEP });
    const notes = await adminDb().collection(paths.notes(tenant.tenantId, buyer.id)).get();
    expect(notes.size).toBe(1);
    const note = notes.docs[0];
    expect(note?.get('authorUid')).toBe(agent.uid);
    expect(note?.get('remindAt').toDate()).toEqual(remindAt);
    expect(note?.get('reminderPendingAt').toDate()).toEqual(remindAt);
    expect(note?.get('reminderSentAt')).toBeNull();
  });

  it('fills the Tracfin file until it is complete', async () => {
    await page.getByRole('tab', { name: 'Tracfin', exact: true }).click();
    const status = page.getByTestId('tracfin-status');
    await status.getByText('Incomplet').waitFor({ timeout: STEP });
    await page
      .getByTestId('tracfin-missing')
      .getByText("Le dossier n'a pas encore été rempli")
      .waitFor({ timeout: STEP });

    await choose(page, 'Type de pièce', 'Passeport');
    await page.getByTestId('tracfin-document-number').fill('20AB12345');
    await page.getByTestId('tracfin-document-expiry').fill('2034-06-30');
    await page.getByRole('checkbox', { name: 'Original vérifié et comparé avec la personne' }).check();
    await page.getByRole('checkbox', { name: 'Épargne' }).check();
    await page.getByTestId('tracfin-save').click();
    await page.getByText('Dossier Tracfin enregistré ; il reste des éléments à compléter').waitFor({ timeout: STEP });
    const missing = page.getByTestId('tracfin-missing');
    await missing.getByText('La consultation du registre des gels').waitFor({ timeout: STEP });
    await missing.getByText('Le niveau de risque', { exact: true }).waitFor({ timeout: STEP });

    await page.getByRole('radio', { name: 'Non', exact: true }).check();
    await page.getByTestId('tracfin-freeze-at').fill(localDateTime(new Date()));
    await choose(page, 'Résultat', 'Aucune correspondance');
    await choose(page, 'Niveau de risque', 'Faible');
    await page.getByTestId('tracfin-save').click();
    await page.getByText('Dossier Tracfin enregistré et complet').waitFor({ timeout: STEP });
    await status.getByText('Complet').waitFor({ timeout: STEP });
    await page.getByText(/Revu par Alice Agent/).waitFor({ timeout: STEP });

    const file = (
      await adminDb()
        .doc(paths.buyerFile(tenant.tenantId, buyer.id, 'tracfin'))
        .get()
    ).data();
    expect(file?.reviewedBy).toBe(agent.uid);
    expect(file?.riskLevel).toBe('low');
  });

  it('saves the initial project questionnaire, and finds it filled again after a reload', async () => {
    await page.getByRole('tab', { name: 'Questionnaire initial', exact: true }).click();
    const form = page.getByTestId('questionnaire-form');
    await form.getByRole('textbox', { name: 'Budget minimum' }).fill('300000');
    await form.getByRole('textbox', { name: 'Budget maximum' }).fill('450000');
    await page.getByTestId('questionnaire-save').click();
    await page.getByText('Questionnaire enregistré').waitFor({ timeout: STEP });
    const file = (
      await adminDb()
        .doc(paths.buyerFile(tenant.tenantId, buyer.id, 'questionnaire'))
        .get()
    ).data();
    expect(file?.budgetMin).toBe(300000);
    expect(file?.budgetMax).toBe(450000);
    expect(file?.updatedBy).toBe(agent.uid);

    await page.reload();
    const budget = page.getByTestId('questionnaire-form').getByRole('textbox', { name: 'Budget maximum' });
    await budget.waitFor({ timeout: STEP });
    await expect.poll(() => budget.inputValue(), { timeout: STEP }).toMatch(/^450\D?000/);
  });

  it('uploads a document, lists it and deletes it after confirming, which the history records', async () => {
    await page.getByRole('tab', { name: 'Documents', exact: true }).click();
    await page.getByText('Aucun document').waitFor({ timeout: STEP });
    await page
      .getByTestId('document-dropzone')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'Passeport Boris.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 test'),
      });
    await page.getByText('Documents ajoutés : 1').waitFor({ timeout: STEP });
    const list = page.getByTestId('document-list');
    await list.getByText('Passeport Boris.pdf').waitFor({ timeout: STEP });
    const stored = await adminDb().collection(paths.contactDocuments(tenant.tenantId, buyer.id)).get();
    expect(stored.docs.map((doc) => [doc.get('category'), doc.get('contentType'), doc.get('uploadedBy')])).toEqual([
      ['identity', 'application/pdf', agent.uid],
    ]);
    expect(stored.docs[0]?.get('storagePath')).toMatch(new RegExp(`/contacts/${buyer.id}/[^/]+/Passeport_Boris.pdf$`));

    await list.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('Document supprimé').waitFor({ timeout: STEP });
    await page.getByText('Aucun document').waitFor({ timeout: STEP });
    // files-deleteContactDocument leaves who deleted what in the contact's history.
    const history = await adminDb()
      .collection(paths.history(tenant.tenantId))
      .where('contactIds', 'array-contains', buyer.id)
      .get();
    expect(history.docs.map((entry) => entry.get('text'))).toContain(
      'Document « Passeport Boris.pdf » supprimé par Alice Agent.',
    );
  });

  it('removes the co-signatory and the note after confirming', async () => {
    await page.getByRole('tab', { name: 'Autres signataires', exact: true }).click();
    await page.getByTestId('signatory-row').getByRole('button', { name: 'Retirer' }).click();
    const confirm = page.getByRole('dialog');
    await confirm
      .getByText('Anna Morel ne figurera plus parmi les signataires de ce client.')
      .waitFor({ timeout: STEP });
    await confirm.getByRole('button', { name: 'Retirer' }).click();
    await page.getByText('Signataire retiré').waitFor({ timeout: STEP });
    await page.getByText('Aucun autre signataire').waitFor({ timeout: STEP });
    expect((await adminDb().collection(paths.signatories(tenant.tenantId, buyer.id)).get()).size).toBe(0);

    await page.getByRole('tab', { name: 'Bloc-notes', exact: true }).click();
    await page.getByTestId('note-item').getByRole('button', { name: 'Supprimer' }).click();
    await page.getByRole('dialog').getByText('La note et son rappel seront supprimés.').waitFor({ timeout: STEP });
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('Note supprimée').waitFor({ timeout: STEP });
    await page.getByText('Bloc-notes vide').waitFor({ timeout: STEP });
    expect((await adminDb().collection(paths.notes(tenant.tenantId, buyer.id)).get()).size).toBe(0);
  });

  it('shows the mails sent to the client and opens one', async () => {
    const now = new Date();
    const mail: Mail = {
      to: buyer.email,
      subject: 'Votre visite de samedi',
      html: '<p>Bonjour Boris</p>',
      text: 'Bonjour Boris,\nÀ samedi 10 h pour la visite.',
      templateId: 'access-decision',
      templateData: {},
      contactId: buyer.id,
      sensitive: false,
      createdAt: now,
      delivery: {
        state: 'SUCCESS',
        attempts: 1,
        leaseExpireAt: null,
        nextAttemptAt: null,
        startedAt: now,
        endedAt: now,
        messageId: '<visit@agency>',
        error: null,
      },
    };
    await adminDb().collection(paths.mails(tenant.tenantId)).doc().set(mail);
    await page.getByRole('tab', { name: 'E-mails', exact: true }).click();
    await page.getByTestId('email-list').getByText('Envoyé').waitFor({ timeout: STEP });
    await page.getByRole('button', { name: /Ouvrir l'e-mail « Votre visite de samedi »/ }).click();
    await page
      .getByTestId('email-text')
      .getByText(/À samedi 10 h pour la visite/)
      .waitFor({ timeout: STEP });
    await page.keyboard.press('Escape');
  });

  it("shows a seller's properties with city, price, status, visits and offers", async () => {
    const seller = await seedSellerWithProperty(tenant.tenantId, agent.uid);
    await page.goto(`${runtime().adminUrl}/clients/${seller.id}/properties`);
    const table = page.getByTestId('seller-properties');
    await table.getByText('V-00042').waitFor({ timeout: STEP });
    await table.getByText('69003 Lyon').waitFor({ timeout: STEP });
    await table.getByText('En ligne').waitFor({ timeout: STEP });
    const row = table.getByRole('row', { name: /V-00042/ });
    expect(await row.textContent()).toMatch(/420\s000\s€.*En ligne.*7.*2/);
    await page.getByRole('tab', { name: 'Tracfin', exact: true }).waitFor({ state: 'detached', timeout: STEP });
  });
});
