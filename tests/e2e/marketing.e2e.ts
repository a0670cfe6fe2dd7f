import { monthOf, paths, tenantModel } from '@estate/domain';
import type * as Excel from 'exceljs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converterOf } from '../../functions/src/lib/converters';
import { countContactCreated } from '../../functions/src/marketing/count-report-events.handler';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

// exceljs is CommonJS without named exports Node can see: loaded the CommonJS way.
const { Workbook } = createRequire(import.meta.url)('exceljs') as typeof Excel;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });
const ORIGIN = { id: 'site-web', label: 'Site web', active: true };
const LEADS = 4;
/** The channel's save is the journey's first call of marketing-saveChannel: its worker may start cold. */
const FIRST_CALL = 3 * STEP;

/**
 * The head of sales gives an advertising channel its cost this month, sees what a lead cost in the
 * report (the leads counted by marketing-onContactCreated from contacts created with the channel's
 * origin), exports it to Excel; a manager reads the report without changing channels.
 */
describe('admin app: the cost per lead of an advertising channel', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let manager: TestUser;
  let page: Page;
  const month = monthOf(new Date());

  // A new tenant and its manager take four callables, each starting cold on a busy emulator: a longer bound.
  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Promoteur des Calanques', locale: 'fr' });
    manager = await addActiveMember(tenant, 'manager', 'Maud Manager');
    const db = adminDb();
    await db
      .doc(paths.tenant(tenant.tenantId))
      .withConverter(converterOf(tenantModel))
      .update({ capabilities: ['agency', 'developer'] });
    await db
      .doc(paths.contactsSettings(tenant.tenantId))
      .set({ visibility: 'shared', origins: [ORIGIN], updatedAt: new Date() });
    // Four contacts from the website and one without origin. marketing-onContactCreated counts them in
    // the background; its handler is run here too, so the journey need not wait behind the emulator's
    // queue of seed events, and whichever comes second finds the event counted and adds nothing.
    const contacts = [
      ...Array.from({ length: LEADS }, (_, index) =>
        contactDoc({ lastName: `Internaute ${index}`, originId: ORIGIN.id, assignedAgentUid: tenant.owner.uid }),
      ),
      contactDoc({ lastName: 'Passant', assignedAgentUid: tenant.owner.uid }),
    ];
    const deps = { db, now: () => new Date() };
    for (const contact of contacts) {
      await db.doc(paths.contact(tenant.tenantId, contact.id)).set(contact);
      await countContactCreated(deps, tenant.tenantId, contact);
    }
    for (const contact of contacts) expect(await countContactCreated(deps, tenant.tenantId, contact)).toBe(false);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the owner creates the channel with its cost this month and sees the cost per lead', async () => {
    page = await signInToAdmin(browser, tenant.tenantId, tenant.owner);
    await nav(page).getByRole('link', { name: 'Marketing et ventes' }).click();
    await page.waitForURL(/\/marketing$/, { timeout: STEP });
    await page.getByText('Aucun canal publicitaire').waitFor({ timeout: STEP });

    await page.getByRole('button', { name: 'Nouveau canal' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Nom', exact: true }).fill('Annonces en ligne');
    await dialog.getByTestId(`channel-cost-${month}`).fill('1000');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Choisissez au moins une origine').waitFor({ timeout: STEP });

    await dialog.getByRole('textbox', { name: 'Origines des contacts' }).click();
    await page.getByRole('option', { name: 'Site web' }).click();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Canal enregistré').waitFor({ timeout: FIRST_CALL });

    const stored = await adminDb().collection(paths.marketingChannels(tenant.tenantId)).get();
    expect(stored.docs.map((doc) => [doc.get('name'), doc.get('originIds'), doc.get('costs')])).toEqual([
      ['Annonces en ligne', [ORIGIN.id], { [month]: 1000 }],
    ]);
    const channelId = stored.docs[0]?.id ?? '';

    // The four leads are counted by the trigger as the contacts were created; the report reads them.
    const row = page.getByTestId(`channel-row-${channelId}`);
    await row.getByText('Annonces en ligne').waitFor({ timeout: STEP });
    await row
      .getByTestId('cost-per-lead')
      .getByText(/^250\s€$/)
      .waitFor({ timeout: STEP });
    await row
      .getByRole('cell', { name: String(LEADS), exact: true })
      .first()
      .waitFor({ timeout: STEP });

    await row.getByRole('button', { name: 'Afficher les mois de Annonces en ligne' }).click();
    await page
      .getByTestId(`channel-month-${channelId}-${month}`)
      .getByTestId('cost-per-lead')
      .getByText(/^250\s€$/)
      .waitFor({ timeout: STEP });
  }, 120_000);

  it('exports the report to Excel, month by month and in total', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: STEP }),
      page.getByTestId('export-channels').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^canaux-publicitaires-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(await download.path());
    const rows: string[][] = [];
    workbook.worksheets[0]?.eachRow((row) =>
      rows.push(Array.from({ length: 8 }, (_, index) => row.getCell(index + 1).text)),
    );
    expect(rows[0]).toEqual([
      'Canal',
      'Mois',
      'Coût',
      'Contacts',
      'Réservations',
      'Ventes',
      'Coût par contact',
      'Coût par vente',
    ]);
    expect(rows).toContainEqual(['Annonces en ligne', month, '1000', String(LEADS), '0', '0', '250', '']);
    expect(rows.at(-1)).toEqual(['Annonces en ligne', 'Total', '1000', String(LEADS), '0', '0', '250', '']);
  }, 120_000);

  it('a manager reads the report but cannot change the channels', async () => {
    const managerPage = await signInToAdmin(browser, tenant.tenantId, manager);
    await nav(managerPage).getByRole('link', { name: 'Marketing et ventes' }).click();
    await managerPage.getByTestId('channel-report').getByText('Annonces en ligne').waitFor({ timeout: STEP });
    expect(await managerPage.getByRole('button', { name: 'Nouveau canal' }).count()).toBe(0);
    expect(await managerPage.getByRole('button', { name: /^Actions pour/ }).count()).toBe(0);
    await managerPage.context().close();
  }, 120_000);
});
