import { financingApplicationModel, financingReportModel, paths, type FinancingApplication } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converterOf } from '../../functions/src/lib/converters';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';

// The demo agency's manager (seeded by every emulator run) opens a mortgage application from a client's
// file with two banks, records that one bank approved it with conditions, and finds it so on the
// client's file, in the client's history and in the report by bank. The client is this run's own.

const TENANT = 'demo';
const MANAGER = { email: 'manager@demo.test', password: 'Demo-pass-2026' };
const RUN = Date.now().toString(36);
const CONDITIONS = `Caution des parents (${RUN})`;

describe('admin app: a manager follows a mortgage application bank by bank', () => {
  let browser: Browser;
  let page: Page;
  const buyer = contactDoc({ firstName: 'Camille', lastName: `Emprunt${RUN}` });
  let applicationId = '';
  let approvedBefore = 0;

  /** The report's count of a bank's approved lines, as the functions keep it. */
  const approvedAt = async (bank: string): Promise<number> => {
    const report = (
      await adminDb().doc(paths.financingReport(TENANT)).withConverter(converterOf(financingReportModel)).get()
    ).data();
    return (report?.rows ?? []).filter((row) => row.bank === bank).reduce((sum, row) => sum + row.counts.approved, 0);
  };

  const readApplication = async (): Promise<FinancingApplication | undefined> =>
    (
      await adminDb()
        .doc(paths.financingApplication(TENANT, applicationId))
        .withConverter(converterOf(financingApplicationModel))
        .get()
    ).data();

  beforeAll(async () => {
    const managerUid = (await adminAuth().getUserByEmail(MANAGER.email)).uid;
    await adminDb()
      .doc(paths.contact(TENANT, buyer.id))
      .set({ ...buyer, assignedAgentUid: managerUid });
    browser = await launchBrowser();
    const warmUp = await browser.newPage();
    await warmUp.goto(`${runtime().adminUrl}/signin?tenant=${TENANT}`, { timeout: 90_000 });
    await warmUp.close();
    page = await signInToAdmin(browser, TENANT, MANAGER);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens an application with two banks from the client file', async () => {
    await page.goto(`${runtime().adminUrl}/clients/${buyer.id}`, { timeout: STEP });
    const panel = page.getByTestId('contact-financing-panel');
    await panel.getByText('Aucune demande de prêt ou de crédit.').waitFor({ timeout: 60_000 });
    await panel.getByTestId('financing-panel-new').click();

    const dialog = page.getByRole('dialog', { name: 'Nouvelle demande de financement' });
    await dialog.getByTestId('financing-form-client').getByText(`Camille Emprunt${RUN}`).waitFor({ timeout: STEP });
    await dialog.getByLabel("Prix d'achat").fill('300000');
    await dialog.getByLabel('Apport').fill('40000');
    await dialog.getByLabel('Montant demandé').fill('260000');
    const first = dialog.getByTestId('financing-bank-line-0');
    await first.getByTestId('financing-bank-name-0').fill('Crédit Agricole');
    await first.getByLabel(/^Montant/).fill('260000');
    await first.getByLabel('Taux').fill('3.45');

    // A bank without a name is refused with the field's message, before anything is sent.
    await dialog.getByTestId('financing-add-bank').click();
    const second = dialog.getByTestId('financing-bank-line-1');
    await dialog.getByTestId('financing-save').click();
    await second.getByText('Obligatoire.').waitFor({ timeout: STEP });
    await second.getByTestId('financing-bank-name-1').fill('BNP Paribas');
    await dialog.getByTestId('financing-save').click();

    await page.waitForURL(/\/financing\/[A-Za-z0-9_-]+$/, { timeout: 60_000 });
    applicationId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.getByTestId('financing-line-Crédit Agricole').waitFor({ timeout: STEP });
    await page.getByTestId('financing-line-BNP Paribas').getByText('Brouillon').waitFor({ timeout: STEP });
    const stored = await readApplication();
    expect(stored?.contactId).toBe(buyer.id);
    expect(stored?.banks.map((line) => [line.bank, line.amount, line.status])).toEqual([
      ['Crédit Agricole', 260_000, 'draft'],
      ['BNP Paribas', 260_000, 'draft'],
    ]);
  });

  it('records that one bank approved it with conditions', async () => {
    approvedBefore = await approvedAt('Crédit Agricole');
    await page.getByTestId('financing-move-Crédit Agricole').click();
    let dialog = page.getByRole('dialog', { name: 'Crédit Agricole' });
    await dialog.getByText('Actuellement : Brouillon').waitFor({ timeout: STEP });
    await dialog.getByTestId('financing-status-confirm').click();
    await page.getByTestId('financing-line-Crédit Agricole').getByText('Envoyée').waitFor({ timeout: 60_000 });

    await page.getByTestId('financing-move-Crédit Agricole').click();
    dialog = page.getByRole('dialog', { name: 'Crédit Agricole' });
    await dialog.getByText('Acceptée', { exact: true }).click();
    await dialog.getByTestId('financing-conditions').fill(CONDITIONS);
    await dialog.getByText("La réponse d'une banque est définitive", { exact: false }).waitFor({ timeout: STEP });
    await dialog.getByTestId('financing-status-confirm').click();

    const line = page.getByTestId('financing-line-Crédit Agricole');
    await line.getByText('Acceptée sous conditions').waitFor({ timeout: 60_000 });
    await line.getByText(CONDITIONS).waitFor({ timeout: STEP });
    // Its answer is final: no further step is offered for it, while the other bank still has one.
    expect(await page.getByTestId('financing-move-Crédit Agricole').count()).toBe(0);
    expect(await page.getByTestId('financing-move-BNP Paribas').count()).toBe(1);
    const stored = await readApplication();
    expect(stored?.status).toBe('approved');
    expect(stored?.banks[0]).toMatchObject({ status: 'approved', conditions: CONDITIONS });
    expect(stored?.banks[0]?.dates.sent).toBeInstanceOf(Date);
  });

  it("shows it on the client's file and in the client's history", async () => {
    await page.goto(`${runtime().adminUrl}/clients/${buyer.id}`, { timeout: STEP });
    const summary = page.getByTestId(`financing-summary-${applicationId}`);
    await summary.waitFor({ timeout: 60_000 });
    await summary.getByText('Acceptée sous conditions').waitFor({ timeout: STEP });
    await summary.getByText(CONDITIONS).waitFor({ timeout: STEP });
    await summary.getByText('BNP Paribas').waitFor({ timeout: STEP });

    await page.goto(`${runtime().adminUrl}/clients/${buyer.id}/history`, { timeout: STEP });
    await page
      .getByText(`Demande de prêt immobilier acceptée par Crédit Agricole. Conditions : ${CONDITIONS}`)
      .waitFor({ timeout: 60_000 });
  });

  it('counts it in the report by bank and status', async () => {
    await page.goto(`${runtime().adminUrl}/financing?tab=report`, { timeout: STEP });
    const row = page.getByTestId('financing-report-row-Crédit Agricole');
    await row.waitFor({ timeout: 60_000 });
    // This run's approval is one more than the bank had before it.
    await row
      .locator('[data-status="approved"]')
      .getByText(String(approvedBefore + 1), { exact: true })
      .waitFor({ timeout: STEP });
  });
});
