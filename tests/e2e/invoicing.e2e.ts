import {
  dealModel,
  dealSchema,
  FEC_COLUMNS,
  invoiceYear,
  parseCsv,
  paths,
  payoutPeriod,
  type Contact,
} from '@estate/domain';
import { converterOf } from '../../functions/src/lib/converters';
import { prepareAgentInvoice } from '../../functions/src/invoicing/prepare-commission-invoices.handler';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { waitForMail } from '../support/maildev';
import { uniqueEmail } from '../support/users';

/**
 * The numbering and the PDF come from a trigger, which the emulator delivers after whatever it still
 * delivers (a seed's, another journey's).
 */
const TRIGGER_WAIT_MS = 120_000;

/**
 * From a sold property's deal to a paid invoice: the owner is asked for the agency's invoicing details
 * first (Settings › Invoicing), drafts the fee invoice to the buying company from the deal, validates
 * it (it gets the series' first number and its Factur-X PDF), downloads it and records two payments.
 * An agent sees no invoice.
 */
describe('admin app: the owner invoices a deal’s fees and records their payment', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let ownerPage: Page;
  let agentPage: Page;
  const dealId = 'deal-facture';

  const url = (path: string) =>
    `${runtime().adminUrl}${path}${path.includes('?') ? '&' : '?'}tenant=${encodeURIComponent(tenant.tenantId)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Factures', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alice Facture');
    const contacts = adminDb().collection(paths.contacts(tenant.tenantId));
    const buyerRef = contacts.doc();
    const buyer: Contact = contactDoc({
      id: buyerRef.id,
      identityType: 'company',
      companyName: 'SCI Les Tilleuls',
      registrationNumber: '732 829 320 00074',
      address: { street: '4 rue Mercière', postalCode: '69002', city: 'Lyon', country: 'FR' },
      emails: [{ address: uniqueEmail('buyer'), label: 'work' }],
      clientType: 'buyer',
      assignedAgentUid: agent.uid,
      createdBy: agent.uid,
    });
    await buyerRef.set(buyer);
    const now = new Date();
    await adminDb()
      .doc(paths.deal(tenant.tenantId, dealId))
      .set(
        dealSchema.parse({
          id: dealId,
          dealType: 'sale',
          stage: 'deed',
          propertyId: 'p-facture',
          propertyTitle: 'Maison Montchat',
          buyerContactId: buyerRef.id,
          buyerName: 'SCI Les Tilleuls',
          sellerContactId: null,
          sellerName: null,
          offerId: null,
          agentUid: agent.uid,
          agentName: 'Alice Facture',
          managerUid: null,
          priceCents: 50_000_000,
          acceptedAt: new Date('2026-10-01T00:00:00Z'),
          preliminary: null,
          deedAt: new Date('2026-11-30T00:00:00Z'),
          deedSigned: true,
          fees: {
            netCents: 1_250_000,
            vatPercent: 20,
            grossCents: 1_500_000,
            paidBy: 'other-party',
            collectedBy: 'agency',
          },
          notary: null,
          shares: { partner: null, referral: null, ambassador: null },
          collectedAt: null,
          split: null,
          planName: null,
          createdAt: now,
          createdBy: agent.uid,
          updatedAt: now,
        }),
      );
    [ownerPage, agentPage] = await Promise.all([
      signInToAdmin(browser, tenant.tenantId, tenant.owner),
      signInToAdmin(browser, tenant.tenantId, agent),
    ]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  const openDeal = async () => {
    await ownerPage.goto(url(`/deals?deal=${dealId}`));
    await ownerPage.getByTestId('deal-detail').waitFor({ timeout: STEP });
    await ownerPage
      .getByTestId('deal-invoices')
      .getByText('Aucune facture pour cette affaire.')
      .waitFor({ timeout: STEP });
  };

  it('asks for the agency’s invoicing details before the first invoice', async () => {
    await openDeal();
    await ownerPage.getByTestId('deal-invoice-fees').click();
    const editor = ownerPage.getByTestId('invoice-editor');
    await editor.getByTestId('invoice-customer-siren').waitFor({ timeout: STEP });
    await editor.getByTestId('invoice-save').click();
    await editor
      .getByText('Renseignez d’abord les informations de facturation de l’agence (Paramètres › Facturation).')
      .waitFor({ timeout: STEP });
    expect((await adminDb().collection(paths.invoices(tenant.tenantId)).get()).size).toBe(0);

    await ownerPage.goto(url('/settings/invoicing'));
    const settings = ownerPage.getByTestId('invoicing-settings');
    await settings.getByTestId('invoicing-settings-missing').waitFor({ timeout: STEP });
    await settings.getByTestId('invoicing-issuer-street').fill('12 quai Saint-Antoine');
    await settings.getByTestId('invoicing-issuer-postalCode').fill('69002');
    await settings.getByTestId('invoicing-issuer-city').fill('Lyon');
    await settings.getByTestId('invoicing-issuer-siren').fill('123');
    await settings.getByTestId('invoicing-settings-save').click();
    await settings.getByText('Un SIREN de neuf chiffres valide').waitFor({ timeout: STEP });
    await settings.getByTestId('invoicing-issuer-siren').fill('404 833 048');
    await settings.getByTestId('invoicing-issuer-mentions').fill('SAS au capital de 10 000 €\nRCS Lyon 404 833 048');
    await settings.getByTestId('invoicing-settings-save').click();
    await ownerPage.getByText('Informations de facturation enregistrées').waitFor({ timeout: STEP });
    expect((await adminDb().doc(paths.invoicingSettings(tenant.tenantId)).get()).get('issuer.siren')).toBe('404833048');
  }, 90_000);

  it(
    'drafts the fee invoice to the buying company, then validates it: numbered, with its Factur-X PDF',
    async () => {
      await openDeal();
      await ownerPage.getByTestId('deal-invoice-fees').click();
      const editor = ownerPage.getByTestId('invoice-editor');
      // The buyer pays: their company, its SIREN from the SIRET on file, the fees at 20 %.
      await expect
        .poll(() => editor.getByTestId('invoice-customer-name').inputValue(), { timeout: STEP })
        .toBe('SCI Les Tilleuls');
      expect(await editor.getByTestId('invoice-customer-siren').inputValue()).toBe('732829320');
      await editor
        .getByTestId('invoice-editor-totals')
        .getByText(/Total TTC : 15\s000,00\s€/)
        .waitFor({ timeout: STEP });
      await editor.getByTestId('invoice-save').click();

      const detail = ownerPage.getByTestId('invoice-detail');
      await detail.getByTestId('invoice-number').getByText('Brouillon').waitFor({ timeout: STEP });
      await detail.getByTestId('invoice-validate').click();
      await ownerPage.getByRole('button', { name: 'Valider la facture' }).last().click();
      const number = `F-${invoiceYear(new Date())}-000001`;
      await detail.getByTestId('invoice-number').getByText(number).waitFor({ timeout: TRIGGER_WAIT_MS });
      await detail.getByTestId('invoice-download').waitFor({ timeout: TRIGGER_WAIT_MS });
      const [download] = await Promise.all([
        ownerPage.waitForEvent('download', { timeout: STEP }),
        detail.getByTestId('invoice-download').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${number}.pdf`);
      const pdf = (await readFile(await download.path())).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf).toContain('factur-x.xml');
      await detail
        .getByTestId('invoice-transmission')
        .getByText(`Transmise à la plateforme de facturation (local) : LOCAL-${number}`)
        .waitFor({ timeout: TRIGGER_WAIT_MS });
      // Validated, it can no longer be edited or deleted.
      expect(await detail.getByTestId('invoice-edit').count()).toBe(0);
      expect(await detail.getByTestId('invoice-delete').count()).toBe(0);
    },
    3 * TRIGGER_WAIT_MS,
  );

  it(
    'mails the invoice with its PDF to the customer, and shows when and to whom',
    async () => {
      const detail = ownerPage.getByTestId('invoice-detail');
      const number = `F-${invoiceYear(new Date())}-000001`;
      const to = uniqueEmail('compta-tilleuls');
      await detail.getByTestId('invoice-send').click();
      const form = ownerPage.getByTestId('send-invoice-form');
      await form.getByTestId('send-invoice-to').fill('not an address');
      await form.getByText('Adresse e-mail invalide').waitFor({ timeout: STEP });
      expect(await form.getByTestId('send-invoice-submit').isDisabled()).toBe(true);
      await form.getByTestId('send-invoice-to').fill(to);
      await form.getByLabel('Message (facultatif)').fill('Merci pour votre confiance.');
      await form.getByTestId('send-invoice-submit').click();
      await detail.getByTestId('invoice-sent').getByText(to, { exact: false }).waitFor({ timeout: STEP });
      await detail.getByTestId('invoice-status').getByText('Envoyée').waitFor({ timeout: STEP });
      const mail = await waitForMail({ to, subjectIncludes: number, timeoutMs: TRIGGER_WAIT_MS });
      expect(mail.attachments).toEqual([`${number}.pdf`]);
      expect(mail.text).toContain('Merci pour votre confiance.');
      expect(mail.text).toMatch(/15\s000,00\s€ TTC/);
    },
    2 * TRIGGER_WAIT_MS,
  );

  it('records a partial payment, then the rest, and the invoice is paid', async () => {
    const detail = ownerPage.getByTestId('invoice-detail');
    await detail.getByTestId('invoice-payment-amount').fill('5000');
    await detail.getByTestId('invoice-payment-record').click();
    await detail
      .getByTestId('invoice-due')
      .getByText(/Reste dû : 10\s000,00\s€/)
      .waitFor({ timeout: STEP });
    await detail
      .getByTestId('invoice-payments')
      .getByText(/5\s000,00\s€/)
      .waitFor({ timeout: STEP });
    await detail.getByTestId('invoice-payment-amount').fill('10000');
    await detail.getByTestId('invoice-payment-record').click();
    await detail.getByTestId('invoice-status').getByText('Payée').waitFor({ timeout: STEP });
    expect(await detail.getByTestId('invoice-payment-record').count()).toBe(0);
    await ownerPage.keyboard.press('Escape');
    const row = ownerPage.getByTestId('invoice-row').filter({ hasText: 'SCI Les Tilleuls' });
    await row.getByText('Payée').waitFor({ timeout: STEP });
  }, 60_000);

  it('lists the payments in the month’s journal and exports them as CSV', async () => {
    await ownerPage.getByTestId('invoices-tab-payments').click();
    const journal = ownerPage.getByTestId('payments-journal');
    await expect.poll(() => journal.getByTestId('payment-row').count(), { timeout: STEP }).toBe(2);
    await journal
      .getByTestId('payments-total')
      .getByText(/15\s000,00\s€/)
      .waitFor({ timeout: STEP });
    const [download] = await Promise.all([
      ownerPage.waitForEvent('download', { timeout: STEP }),
      journal.getByTestId('payments-export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^encaissements-\d{4}-\d{2}\.csv$/);
    const rows = parseCsv((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''), ';');
    expect(rows[0]).toEqual(['Date', 'Facture', 'Client', 'Moyen', 'Référence', 'Montant']);
    expect(
      rows
        .slice(1, 3)
        .map((row) => row[5])
        .sort(),
    ).toEqual(['10000,00', '5000,00']);
    expect(rows[3]).toEqual(['Total', '', '', '', '', '15000,00']);

    // The accountant's entries of the month, in the FEC's form.
    const [fec] = await Promise.all([
      ownerPage.waitForEvent('download', { timeout: STEP }),
      journal.getByTestId('payments-export-fec').click(),
    ]);
    expect(fec.suggestedFilename()).toMatch(/^404833048FEC\d{8}\.txt$/);
    const lines = (await readFile(await fec.path(), 'utf8'))
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split('\t'));
    expect(lines[0]).toEqual([...FEC_COLUMNS]);
    const number = `F-${invoiceYear(new Date())}-000001`;
    // The invoice in the sales journal: the customer debited, the fees and their VAT credited.
    expect(
      lines.filter((line) => line[0] === 'VE' && line[8] === number).map((line) => [line[4], line[11], line[12]]),
    ).toEqual([
      ['411000', '15000,00', '0,00'],
      ['706000', '0,00', '12500,00'],
      ['445710', '0,00', '2500,00'],
    ]);
    // Its two payments in the bank journal.
    expect(
      lines
        .filter((line) => line[0] === 'BQ' && line[4] === '512000')
        .map((line) => line[11])
        .sort(),
    ).toEqual(['10000,00', '5000,00']);
    await ownerPage.getByRole('tab', { name: 'Factures' }).click();
  }, 60_000);

  it(
    'corrects the invoice with a credit note, numbered in its own series and taken off the invoice',
    async () => {
      await ownerPage.getByTestId('invoice-row').filter({ hasText: 'SCI Les Tilleuls' }).click();
      const detail = ownerPage.getByTestId('invoice-detail');
      await detail.getByTestId('invoice-credit').click({ timeout: STEP });
      const form = ownerPage.getByTestId('credit-note-form');
      await form.getByText('Avoir partiel').click();
      await form.getByTestId('credit-note-net').fill('1000');
      await form.getByTestId('credit-note-submit').click();
      // The credit note's draft opens in place of the invoice.
      await detail.getByTestId('credit-note-corrects').waitFor({ timeout: STEP });
      await detail
        .getByTestId('invoice-totals')
        .getByText(/Total TTC : 1\s200,00\s€/)
        .waitFor({ timeout: STEP });
      await detail.getByTestId('invoice-validate').click();
      await ownerPage.getByRole('button', { name: 'Valider la facture' }).last().click();
      await detail
        .getByTestId('invoice-number')
        .getByText(`AV-${invoiceYear(new Date())}-000001`)
        .waitFor({ timeout: TRIGGER_WAIT_MS });
      await detail.getByTestId('credit-note-corrects').click();
      await detail
        .getByTestId('invoice-credited')
        .getByText(/Avoirs : 1\s200,00\s€/)
        .waitFor({ timeout: STEP });
      await ownerPage.keyboard.press('Escape');
    },
    2 * TRIGGER_WAIT_MS,
  );

  it(
    'the agent validates the commission invoice prepared in their name, once their identity is given',
    async () => {
      const collectedAt = new Date('2026-12-02T00:00:00Z');
      const deal = dealSchema.parse({
        ...(
          await adminDb().doc(paths.deal(tenant.tenantId, dealId)).withConverter(converterOf(dealModel)).get()
        ).data(),
        id: 'deal-commission',
        propertyTitle: 'Studio Vieux-Port',
        acceptedAt: new Date('2026-11-02T00:00:00Z'),
        deedAt: collectedAt,
        collectedAt,
        split: {
          feesCents: 1_000_000,
          partnerCents: 0,
          networkCents: 400_000,
          agentGrossCents: 600_000,
          referralCents: 0,
          ambassadorCents: 0,
          agentCents: 600_000,
          agentRatePercent: 60,
        },
      });
      await adminDb().doc(paths.deal(tenant.tenantId, deal.id)).set(deal);
      // What the morning run does for this agent and week.
      expect(
        await prepareAgentInvoice(
          adminDb(),
          tenant.tenantId,
          agent.uid,
          'weekly',
          payoutPeriod('weekly', collectedAt),
          [deal.id],
          new Date(),
        ),
      ).toBe('prepared');

      await agentPage.goto(url('/commissions'));
      const row = agentPage.getByTestId('commission-invoice-row').filter({ hasText: 'À valider' });
      // 6 000 € of commission, VAT at the standard rate until the agent says they are under the franchise.
      await row.getByText(/7\s200,00\s€/).waitFor({ timeout: STEP });
      await row.click();
      const detail = agentPage.getByTestId('invoice-detail');
      await detail.getByTestId('invoice-validate').click();
      await agentPage.getByRole('button', { name: 'Valider la facture' }).last().click();
      await detail
        .getByText('Il manque l’identité de facturation de l’agent (Mes commissions).')
        .waitFor({ timeout: STEP });
      await agentPage.keyboard.press('Escape');

      const identity = agentPage.getByTestId('agent-identity');
      await identity.getByTestId('agent-identity-missing').waitFor({ timeout: STEP });
      await identity.getByTestId('agent-identity-name').fill('Alice Facture EI');
      await identity.getByTestId('agent-identity-street').fill('3 rue Paradis');
      await identity.getByTestId('agent-identity-postalCode').fill('13001');
      await identity.getByTestId('agent-identity-city').fill('Marseille');
      await identity.getByTestId('agent-identity-siren').fill('732 829 320');
      await identity.getByTestId('agent-identity-save').click();
      await agentPage.getByText('Identité de facturation enregistrée').waitFor({ timeout: STEP });

      await row.click();
      await detail.getByTestId('invoice-validate').click();
      await agentPage.getByRole('button', { name: 'Valider la facture' }).last().click();
      await detail
        .getByTestId('invoice-number')
        .getByText(`AF-${invoiceYear(new Date())}-000001`)
        .waitFor({ timeout: TRIGGER_WAIT_MS });
      // Under the VAT franchise: no VAT, the mention printed instead.
      await detail
        .getByTestId('invoice-totals')
        .getByText('TVA non applicable, art. 293 B du CGI')
        .waitFor({ timeout: STEP });
      await detail.getByTestId('invoice-download').waitFor({ timeout: TRIGGER_WAIT_MS });
      expect(await detail.getByTestId('invoice-payment-record').count()).toBe(0);
      await agentPage.keyboard.press('Escape');
    },
    3 * TRIGGER_WAIT_MS,
  );

  it('shows an agent no invoices', async () => {
    await agentPage.goto(url('/deals'));
    await agentPage.getByRole('link', { name: 'Biens', exact: true }).waitFor({ timeout: STEP });
    expect(await agentPage.getByRole('link', { name: 'Factures' }).count()).toBe(0);
    await agentPage.goto(url('/invoices'));
    await agentPage.waitForURL(/\/clients/, { timeout: STEP });
  }, 60_000);
});
