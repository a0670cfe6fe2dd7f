import { EMPTY_AGENCY_LEGAL, paths, propertySchema, type Contact, type Property } from '@estate/domain';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as Excel from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

// exceljs is CommonJS without named exports Node can see: loaded the CommonJS way.
const { Workbook } = createRequire(import.meta.url)('exceljs') as typeof Excel;

/** A seller with an email and the property they sell, as the properties capability stores them. */
async function seedSellerWithProperty(tenantId: string, agentUid: string): Promise<Property> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const seller: Contact = contactDoc({
    id: ref.id,
    firstName: 'Sofia',
    lastName: 'Вендорова',
    emails: [{ address: `sofia.${ref.id.toLowerCase()}@example.com`, label: 'personal' }],
    clientType: 'seller',
    assignedAgentUid: agentUid,
    createdBy: agentUid,
  });
  await ref.set(seller);
  const propertyRef = adminDb().collection(paths.properties(tenantId)).doc();
  const now = new Date();
  const property = propertySchema.parse({
    id: propertyRef.id,
    reference: 'V-00077',
    dealType: 'sale',
    title: 'Maison de ville',
    propertyType: 'house',
    address: { postalCode: '13006', city: 'Marseille' },
    price: 540_000,
    surface: 120,
    rooms: 5,
    status: 'online',
    sellerContactIds: [ref.id],
    assignedAgentUid: agentUid,
    visitCount: 0,
    offerCount: 0,
    createdBy: agentUid,
    createdAt: now,
    updatedAt: now,
  });
  await propertyRef.set(property);
  return property;
}

describe('admin app: an agent draws a mandate, sends it for signature and finds it in the register', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let property: Property;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Registre', locale: 'fr' });
    await adminDb()
      .doc(paths.tenant(tenant.tenantId))
      .update({ legal: { ...EMPTY_AGENCY_LEGAL, professionalCardNumber: 'CPI 1306 2026 000 000 077' } });
    agent = await addActiveMember(tenant, 'agent', 'Romain Registre');
    property = await seedSellerWithProperty(tenant.tenantId, agent.uid);
    page = await signInToAdmin(browser, tenant.tenantId, agent);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the mandate on the property and sends it: it shows its register number', async () => {
    await page.goto(
      `${runtime().adminUrl}/properties/${property.id}/mandates?tenant=${encodeURIComponent(tenant.tenantId)}`,
    );
    await page.getByText('Aucun mandat').waitFor({ timeout: STEP });
    await page.getByTestId('mandate-new').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Sofia Вендорова').waitFor({ timeout: STEP });
    await dialog.getByTestId('mandate-fees').fill('25000');
    await dialog.getByTestId('mandate-save').click();
    await page.getByText('Mandat enregistré').waitFor({ timeout: STEP });
    const card = page.getByTestId('mandate-card');
    await card.getByTestId('mandate-status').getByText('Projet').waitFor({ timeout: STEP });

    await card.getByTestId('mandate-send').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Envoyer en signature' }).click();
    await card.getByTestId('mandate-status').getByText('En signature').waitFor({ timeout: 40_000 });
    await card.getByTestId('mandate-number').getByText('N° 000001').waitFor({ timeout: STEP });
    await card.getByTestId('mandate-open-pdf').waitFor({ timeout: STEP });
  }, 90_000);

  it('finds the mandate in the register, and exports the register to a workbook that reads back', async () => {
    await page.getByRole('link', { name: 'Registre des mandats' }).click();
    await page.waitForURL(/\/mandates\/register/, { timeout: STEP });
    const line = page.getByTestId('register-line');
    await line.getByText('000001').waitFor({ timeout: STEP });
    await line.getByText('V-00077').waitFor({ timeout: STEP });
    await line.getByText('Sofia Вендорова').waitFor({ timeout: STEP });

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: STEP }),
      page.getByTestId('register-export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^registre-des-mandats-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow((row) => rows.push(Array.from({ length: 14 }, (_, index) => row.getCell(index + 1).text)));
    expect(rows[0]?.slice(0, 3)).toEqual(['N°', 'Inscrit le', 'Type de mandat']);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[0]).toBe('000001');
    expect(rows[1]?.[4]).toBe('Sofia Вендорова');
    expect(rows[1]?.[5]).toBe('V-00077');
    expect(rows[1]?.[8]).toBe('25000');
    expect(rows[1]?.[12]).toBe('En signature');

    const [pdf] = await Promise.all([
      page.waitForEvent('download', { timeout: STEP }),
      page.getByTestId('register-export-pdf').click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^registre-des-mandats-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});
