import { contactMatchKeys, paths, type Contact } from '@estate/domain';
import { readVCards } from '@estate/domain/vcard';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

const FIXTURES = new URL('../../domain/src/contacts/import-fixtures/', import.meta.url);

/** A client already in the agency with Élodie Lefèvre's mobile, so both files report her as a duplicate. */
async function seedKnownClient(tenantId: string, owner: string): Promise<void> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const now = new Date();
  const emails = [{ address: 'elodie.l@ancien-cabinet.fr', label: 'personal' as const }];
  const phones = [{ number: '+33612345678', label: 'mobile' as const }];
  const contact: Contact = {
    id: ref.id,
    kind: 'client',
    clientType: 'buyer',
    identityType: 'person',
    civility: '',
    firstName: 'Élodie',
    lastName: 'Lefèvre-Ancien',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails,
    unverifiedEmails: [],
    phones,
    email: emails[0]?.address ?? '',
    phone: phones[0]?.number ?? '',
    address: { street: '', postalCode: '', city: '', country: '' },
    locale: 'fr',
    tags: [],
    originId: null,
    consent: { marketing: false, at: null, source: '' },
    assignedAgentUid: owner,
    managerUid: null,
    sharedWithUids: [],
    matchKeys: contactMatchKeys({ emails, phones }),
    conversion: null,
    deletionRequest: null,
    createdBy: owner,
    createdAt: now,
    updatedAt: now,
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
  };
  await ref.set(contact);
}

async function dropFile(page: Page, name: string, mimeType: string): Promise<void> {
  await page.getByTestId('contacts-import').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('import-dropzone').waitFor({ timeout: STEP });
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType, buffer: await readFile(new URL(name, FIXTURES)) });
  await dialog.getByTestId('import-preview').waitFor({ timeout: STEP });
}

async function chooseBuyersForRowsWithoutType(page: Page): Promise<void> {
  await page.getByRole('dialog').getByTestId('import-default-type').click();
  await page.getByRole('option', { name: 'Acheteur', exact: true }).click();
}

async function contactByEmail(tenantId: string, email: string): Promise<Contact> {
  const snapshot = await adminDb()
    .collection(paths.contacts(tenantId))
    .where('matchKeys', 'array-contains', `e:${email}`)
    .get();
  const [doc] = snapshot.docs;
  if (!doc) throw new Error(`no contact with ${email}`);
  return doc.data() as Contact;
}

describe('admin app: an agent imports their phone’s vCard and a Google Contacts export', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Carnets', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
    await seedKnownClient(tenant.tenantId, tenant.owner.uid);
    page = await signInToAdmin(browser, tenant.tenantId, agent, { acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('imports a vCard of three contacts: the format is recognised, the known client reported as a duplicate', async () => {
    await dropFile(page, 'apple-contacts.vcf', 'text/vcard');
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByTestId('import-format').textContent()).toContain('Fichier vCard reconnu');
    expect(await dialog.getByTestId('import-encoding').inputValue()).toBe('UTF-8');
    // An address book says nobody's type: every row waits for one until the agent chooses it.
    await dialog
      .getByTestId('import-summary')
      .getByText('0 ligne(s) prête(s), 3 avec des erreurs')
      .waitFor({ timeout: STEP });
    await chooseBuyersForRowsWithoutType(page);
    await dialog.getByTestId('import-summary').getByText('3 ligne(s) prête(s), 0 avec des erreurs').waitFor({
      timeout: STEP,
    });

    await dialog.getByTestId('import-start').click();
    const report = dialog.getByTestId('import-report');
    await report.waitFor({ timeout: STEP });
    expect(await report.getByTestId('import-count-imported').textContent()).toBe('2');
    expect(await report.getByTestId('import-count-duplicates').textContent()).toBe('1');
    await report
      .getByTestId('import-duplicates')
      .getByRole('link', { name: 'Élodie Lefèvre-Ancien' })
      .waitFor({ timeout: STEP });
    await dialog.getByRole('button', { name: 'Fermer' }).click();

    await page.getByTestId('clients-table').getByText('Ольга Смирнова').waitFor({ timeout: STEP });
    const olga = await contactByEmail(tenant.tenantId, 'olga.smirnova@example.ru');
    expect(olga).toMatchObject({
      clientType: 'buyer',
      createdBy: agent.uid,
      phones: [
        { number: '+79215551234', label: 'mobile' },
        { number: '+78123334455', label: 'home' },
      ],
      address: { street: 'Невский проспект, д. 28, кв. 5', city: 'Санкт-Петербург', country: 'RU' },
    });
    const notes = await adminDb().collection(paths.notes(tenant.tenantId, olga.id)).get();
    expect(notes.docs.map((doc) => doc.get('authorUid'))).toEqual([agent.uid]);
  });

  it('imports a Google Contacts CSV: recognised, typed emails and phones, groups as tags, duplicates reported', async () => {
    await dropFile(page, 'google-contacts.csv', 'text/csv');
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByTestId('import-format').textContent()).toContain('Export Google Contacts reconnu');
    const mapping = dialog.getByTestId('import-mapping');
    expect(await mapping.getByRole('textbox', { name: 'Donnée de la colonne E-mail 2 - Value' }).inputValue()).toBe(
      'E-mails',
    );
    await chooseBuyersForRowsWithoutType(page);
    await dialog.getByTestId('import-summary').getByText('3 ligne(s) prête(s), 0 avec des erreurs').waitFor({
      timeout: STEP,
    });
    await dialog.getByTestId('import-start').click();
    const report = dialog.getByTestId('import-report');
    await report.waitFor({ timeout: STEP });
    expect(await report.getByTestId('import-count-imported').textContent()).toBe('1');
    // Élodie matches the known client and her vCard twin; Marc Dupont his vCard twin.
    expect(await report.getByTestId('import-count-duplicates').textContent()).toBe('2');
    await report
      .getByTestId('import-duplicates')
      .getByRole('link', { name: /Agence Dupont/ })
      .waitFor({
        timeout: STEP,
      });
    await dialog.getByRole('button', { name: 'Fermer' }).click();

    await page.getByTestId('clients-table').getByText('Иван Петров').waitFor({ timeout: STEP });
    expect(await contactByEmail(tenant.tenantId, 'ivan.petrov@example.ru')).toMatchObject({
      emails: [{ address: 'ivan.petrov@example.ru', label: 'other' }],
      phones: [
        { number: '+79161234567', label: 'mobile' },
        { number: '+79037654321', label: 'mobile' },
        { number: '+74951234567', label: 'home' },
      ],
      tags: ['Арендаторы'],
    });
  });

  it('exports the contacts as a vCard file that the vCard parser reads back', async () => {
    await page.getByTestId('contacts-export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: STEP }),
      page.getByRole('menuitem', { name: 'vCard (.vcf) pour téléphone' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
    const records = readVCards(await readFile(await download.path(), 'utf8'));
    const [headers = [], ...cards] = records;
    const fullName = headers.indexOf('FN');
    expect(cards.map((card) => card[fullName]).sort()).toEqual(
      ['Élodie Lefèvre-Ancien', 'Marc Dupont', 'Ольга Смирнова', 'Иван Петров'].sort(),
    );
    const olga = cards.find((card) => card[fullName] === 'Ольга Смирнова') ?? [];
    expect(olga[headers.indexOf('TEL 2')]).toBe('+7 812 333 44 55');
    expect(olga[headers.indexOf('TEL 2 TYPE')]).toBe('home');
  });
});
