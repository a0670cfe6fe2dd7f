import { contactMatchKeys, paths, type Contact } from '@estate/domain';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as Excel from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';

// exceljs is CommonJS without named exports Node can see: loaded the CommonJS way.
const { Workbook } = createRequire(import.meta.url)('exceljs') as typeof Excel;

/** A random French mobile: typed `06 xx xx xx xx`, stored `+336xxxxxxxx`. */
function frenchMobile(): { typed: string; e164: string } {
  const digits = Array.from({ length: 8 }, () => String(Math.floor(Math.random() * 10))).join('');
  return { typed: `06 ${digits.replace(/(\d\d)(?=\d)/g, '$1 ')}`, e164: `+336${digits}` };
}

async function seedContact(tenantId: string, owner: string, phone: string): Promise<string> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const now = new Date();
  const email = uniqueEmail('bruno');
  const emails = [{ address: email, label: 'personal' as const }];
  const phones = [{ number: phone, label: 'mobile' as const }];
  const contact: Contact = {
    id: ref.id,
    kind: 'client',
    clientType: 'seller',
    identityType: 'person',
    civility: '',
    firstName: 'Bruno',
    lastName: 'Bertin',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails,
    unverifiedEmails: [],
    phones,
    email,
    phone,
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
  return ref.id;
}

describe('admin app: an agent imports contacts from Excel and exports them', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let page: Page;
  const known = frenchMobile();
  const goodEmail = uniqueEmail('elodie');

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Import', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
    await seedContact(tenant.tenantId, tenant.owner.uid, known.e164);
    page = await signInToAdmin(browser, tenant.tenantId, agent, { acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('imports a good row, reports a bad email and a duplicate, and lists the new contact', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Contacts');
    sheet.addRow(['Prénom', 'Nom', 'E-mail', 'Téléphone', 'Type']);
    sheet.addRow(['Élodie', 'Lefèvre', goodEmail, frenchMobile().typed, 'acheteur']);
    sheet.addRow(['Paul', 'Martin', 'paul.martin@', frenchMobile().typed, 'vendeur']);
    sheet.addRow(['B.', 'Bertin', '', `+33 ${known.typed.slice(1).replace(/ /g, '.')}`, 'vendeur']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.getByTestId('contacts-import').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('import-dropzone').waitFor({ timeout: STEP });
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'contacts.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    const preview = dialog.getByTestId('import-preview');
    await preview.waitFor({ timeout: STEP });
    await preview.getByTestId('import-preview-row-3').getByText('adresse e-mail invalide').waitFor({ timeout: STEP });
    expect(await dialog.getByTestId('import-summary').textContent()).toContain(
      '2 ligne(s) prête(s), 1 avec des erreurs',
    );

    await dialog.getByTestId('import-start').click();
    const report = dialog.getByTestId('import-report');
    await report.waitFor({ timeout: STEP });
    expect(await report.getByTestId('import-count-imported').textContent()).toBe('1');
    expect(await report.getByTestId('import-count-duplicates').textContent()).toBe('1');
    expect(await report.getByTestId('import-count-errors').textContent()).toBe('1');
    const errors = report.getByTestId('import-errors');
    await errors.getByText('E-mails').waitFor({ timeout: STEP });
    await errors.getByText('adresse e-mail invalide : « paul.martin@ »').waitFor({ timeout: STEP });
    await report
      .getByTestId('import-duplicates')
      .getByRole('link', { name: 'Bruno Bertin' })
      .waitFor({ timeout: STEP });

    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await page.getByTestId('clients-table').getByText('Élodie Lefèvre').waitFor({ timeout: STEP });
    const stored = await adminDb()
      .collection(paths.contacts(tenant.tenantId))
      .where('matchKeys', 'array-contains', `e:${goodEmail}`)
      .get();
    expect(stored.docs.map((doc) => doc.get('createdBy'))).toEqual([agent.uid]);
  });

  it('exports the contacts as CSV that Excel opens with accents, in the columns the import reads', async () => {
    await page.getByTestId('contacts-export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: STEP }),
      page.getByRole('menuitem', { name: 'CSV (UTF-8)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Prénom;Nom;Société;E-mails;Téléphones;Adresse;Code postal;Ville;Pays;Langue;Type;Catégorie;Tags;Origine;Consentement marketing;Agent',
    );
    const elodie = lines.find((line) => line.includes(goodEmail));
    expect(elodie).toMatch(new RegExp(`^Élodie;Lefèvre;;${goodEmail};\\+33 6 `));
    expect(elodie).toContain(`;acheteur;client;;;non;${agent.email}`);
    expect(lines.some((line) => line.startsWith('Bruno;Bertin;'))).toBe(true);
  });

  it('exports to Excel only the contacts the agent sees in "own" mode, and the file re-imports as duplicates', async () => {
    await adminDb()
      .doc(paths.contactsSettings(tenant.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
    await page.reload();
    await page.getByTestId('contacts-export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: STEP }),
      page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow((row) => rows.push(Array.from({ length: 16 }, (_, index) => row.getCell(index + 1).text)));
    expect(rows[0]?.slice(0, 5)).toEqual(['Prénom', 'Nom', 'Société', 'E-mails', 'Téléphones']);
    // Bruno Bertin is the owner's: in "own" mode the agent neither reads nor exports him.
    expect(rows.slice(1).map((row) => `${row[0]} ${row[1]}`)).toEqual(['Élodie Lefèvre']);

    await page.getByTestId('contacts-import').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await readFile(await download.path()),
    });
    await dialog.getByTestId('import-summary').waitFor({ timeout: STEP });
    expect(await dialog.getByTestId('import-summary').textContent()).toContain(
      '1 ligne(s) prête(s), 0 avec des erreurs',
    );
    await dialog.getByTestId('import-start').click();
    const report = dialog.getByTestId('import-report');
    await report.waitFor({ timeout: STEP });
    expect(await report.getByTestId('import-count-duplicates').textContent()).toBe('1');
    await report
      .getByTestId('import-duplicates')
      .getByRole('link', { name: 'Élodie Lefèvre' })
      .waitFor({ timeout: STEP });
    await dialog.getByRole('button', { name: 'Fermer' }).click();
  });
});
