import {
  CALLABLES,
  invoiceModel,
  invoicePaymentModel,
  invoiceYear,
  paths,
  privateFileUrl,
  type DealResult,
  type DraftFeeInvoiceInput,
  type Invoice,
  type InvoicingSettingsInput,
  type SavePropertyResult,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { converterOf } from '../../functions/src/lib/converters';
import { transmitInvoice } from '../../functions/src/invoicing/transmit-invoice.handler';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { functionsOrigin, projectId, region } from '../support/emulator-env';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { waitForMail } from '../support/maildev';
import { uniqueEmail } from '../support/users';
import { createContact, eventually, expectInvalid } from './function-fixtures';

const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const invoiceConverter = converterOf(invoiceModel);
const paymentConverter = converterOf(invoicePaymentModel);
const DOWNLOAD = `${functionsOrigin}/${projectId}/${region}/files-download`;
/**
 * The emulator delivers triggers one after another, in the order of the writes: right after the demo
 * seed, the numbering and the PDF wait behind its backlog.
 */
const TRIGGER_WAIT_MS = 150_000;

let tenant: TestTenant;
let admin: TestUser;
let agent: TestUser;
let dealId: string;
let buyer: { id: string };
const t = () => tenant.tenantId;

const readInvoice = async (invoiceId: string): Promise<Invoice | undefined> =>
  (await adminDb().doc(paths.invoice(t(), invoiceId)).withConverter(invoiceConverter).get()).data();

const settings: InvoicingSettingsInput = {
  issuer: {
    name: 'Agence Factures SAS',
    address: { street: '12 quai Saint-Antoine', postalCode: '69002', city: 'Lyon', country: 'FR' },
    siren: '404833048',
    vatNumber: 'FR83404833048',
    email: 'compta@factures.test',
    mentions: ['SAS au capital de 10 000 €', 'RCS Lyon 404 833 048'],
  },
  terms: { dueDays: 30, latePenaltyPercent: 12, iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
};

function draft(overrides: Partial<DraftFeeInvoiceInput> = {}): DraftFeeInvoiceInput {
  return {
    requestId: newId(),
    dealId,
    customerContactId: buyer.id,
    customer: {
      name: 'SCI Les Tilleuls',
      address: { street: '4 rue Mercière', postalCode: '69002', city: 'Lyon', country: 'FR' },
      siren: '732829320',
      vatNumber: null,
      email: null,
      mentions: [],
    },
    lines: [
      {
        description: 'Honoraires de négociation',
        quantity: 1,
        unitPriceCents: 1_250_000,
        vat: { category: 'S', ratePercent: 20 },
      },
    ],
    ...overrides,
  };
}

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Factures' });
  [admin, agent] = await Promise.all([
    addActiveMember(tenant, 'admin', 'Ada Compta'),
    addActiveMember(tenant, 'agent', 'Anna Vente'),
  ]);
  const seller = await createContact(t(), agent.uid);
  buyer = await createContact(t(), agent.uid);
  const property = await mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    {
      propertyId: null,
      requestId: newId(),
      property: {
        dealType: 'sale',
        title: 'Maison Montchat',
        propertyType: 'house',
        address: { postalCode: '69003', city: 'Lyon' },
        price: 520000,
        surface: 120,
        rooms: 5,
        status: 'online',
        sellerContactIds: [seller.id],
        assignedAgentUid: agent.uid,
      },
    },
    agent.idToken,
  );
  const deal = await mustCall<DealResult>(
    CALLABLES.openDeal,
    {
      requestId: newId(),
      dealType: 'sale',
      propertyId: property.propertyId,
      buyerContactId: buyer.id,
      sellerContactId: seller.id,
      agentUid: agent.uid,
      price: 500_000,
      acceptedAt: '2026-12-01',
      fees: { net: 12_500, vatPercent: 20, paidBy: 'other-party', collectedBy: 'agency' },
    },
    agent.idToken,
  );
  dealId = deal.dealId;
}, 120_000);

describe('invoicing-saveSettings', () => {
  it('needs the agency’s details before any draft; only owner and admin set them, with a SIREN', async () => {
    expect(await callCallable(CALLABLES.draftFeeInvoice, draft(), admin.idToken)).toMatchObject({
      reason: 'invoicing-not-configured',
    });
    expect(await callCallable(CALLABLES.saveInvoicingSettings, settings, agent.idToken)).toMatchObject({
      reason: 'not-team-manager',
    });
    await expectInvalid(
      CALLABLES.saveInvoicingSettings,
      { ...settings, issuer: { ...settings.issuer, siren: null } },
      admin.idToken,
      'SIREN',
    );
    await expectInvalid(
      CALLABLES.saveInvoicingSettings,
      { ...settings, terms: { ...settings.terms, dueDays: 90 } },
      admin.idToken,
      'dueDays',
    );
    expect((await adminDb().doc(paths.invoicingSettings(t())).get()).exists).toBe(false);
    await mustCall(CALLABLES.saveInvoicingSettings, settings, admin.idToken);
    expect((await adminDb().doc(paths.invoicingSettings(t())).get()).data()).toMatchObject({
      issuer: { name: 'Agence Factures SAS', siren: '404833048' },
      terms: { dueDays: 30 },
      updatedBy: admin.uid,
    });
  });
});

describe('a fee invoice from draft to paid', () => {
  it('drafts once per form, computes its totals, and lets only owner and admin draft', async () => {
    const input = draft();
    expect(await callCallable(CALLABLES.draftFeeInvoice, input, agent.idToken)).toMatchObject({
      reason: 'not-team-manager',
    });
    await mustCall(CALLABLES.draftFeeInvoice, input, admin.idToken);
    await mustCall(CALLABLES.draftFeeInvoice, input, admin.idToken);
    const stored = await readInvoice(input.requestId);
    expect(stored).toMatchObject({
      kind: 'fees',
      status: 'draft',
      issuerId: 'agency',
      dealId,
      customerContactId: buyer.id,
      number: null,
      totals: { netCents: 1_250_000, vatCents: 250_000, grossCents: 1_500_000 },
      issuer: { name: 'Agence Factures SAS' },
    });
    const count = await adminDb().collection(paths.invoices(t())).where('dealId', '==', dealId).count().get();
    expect(count.data().count).toBe(1);

    await expectInvalid(CALLABLES.draftFeeInvoice, draft({ lines: [] }), admin.idToken, 'lines');
    expect(
      await callCallable(CALLABLES.draftFeeInvoice, draft({ dealId: 'no-such-deal' }), admin.idToken),
    ).toMatchObject({ reason: 'deal-not-found' });
    expect(
      await callCallable(CALLABLES.draftFeeInvoice, draft({ customerContactId: 'no-such-contact' }), admin.idToken),
    ).toMatchObject({ reason: 'contact-not-found' });
  });

  it(
    'changes and deletes a draft, never a validated invoice; validation numbers it and renders its Factur-X PDF',
    async () => {
      const input = draft();
      await mustCall(CALLABLES.draftFeeInvoice, input, admin.idToken);
      const invoiceId = input.requestId;
      const lines = [
        {
          description: 'Honoraires de négociation',
          quantity: 1,
          unitPriceCents: 1_000_000,
          vat: { category: 'S', ratePercent: 20 },
        },
        {
          description: 'Frais de dossier',
          quantity: 2,
          unitPriceCents: 15_000,
          vat: { category: 'S', ratePercent: 20 },
        },
      ];
      await mustCall(CALLABLES.updateInvoiceDraft, { invoiceId, customer: input.customer, lines }, admin.idToken);
      expect((await readInvoice(invoiceId))?.totals).toMatchObject({ netCents: 1_030_000, grossCents: 1_236_000 });

      const doomed = draft();
      await mustCall(CALLABLES.draftFeeInvoice, doomed, admin.idToken);
      await mustCall(CALLABLES.deleteInvoiceDraft, { invoiceId: doomed.requestId }, admin.idToken);
      await mustCall(CALLABLES.deleteInvoiceDraft, { invoiceId: doomed.requestId }, admin.idToken);
      expect(await readInvoice(doomed.requestId)).toBeUndefined();

      expect(await callCallable(CALLABLES.validateInvoice, { invoiceId }, agent.idToken)).toMatchObject({
        reason: 'not-team-manager',
      });
      await mustCall(CALLABLES.validateInvoice, { invoiceId }, admin.idToken);
      await mustCall(CALLABLES.validateInvoice, { invoiceId }, admin.idToken);
      const year = invoiceYear(new Date());
      const numbered = await eventually(async () => {
        const invoice = await readInvoice(invoiceId);
        if (!invoice?.pdf) throw new Error('not rendered yet');
        return invoice;
      }, TRIGGER_WAIT_MS);
      expect(numbered).toMatchObject({
        status: 'validated',
        number: `F-${year}-000001`,
        sequence: 1,
        validatedBy: admin.uid,
        pdf: { fileName: `F-${year}-000001.pdf` },
      });
      expect(numbered.pdf?.storagePath.startsWith(paths.invoiceFile(t(), invoiceId, ''))).toBe(true);

      for (const [name, data] of [
        [CALLABLES.updateInvoiceDraft, { invoiceId, customer: input.customer, lines }],
        [CALLABLES.deleteInvoiceDraft, { invoiceId }],
      ] as const) {
        expect(await callCallable(name, data, admin.idToken)).toMatchObject({ reason: 'invoice-not-draft' });
      }
      expect((await readInvoice(invoiceId))?.totals.grossCents).toBe(1_236_000);

      const url = `${DOWNLOAD}${privateFileUrl({ kind: 'invoice', invoiceId }).replace(/^\/files/, '')}`;
      const granted = await fetch(url, { headers: { Authorization: `Bearer ${admin.idToken}` } });
      expect(granted.status).toBe(200);
      const pdf = Buffer.from(await granted.arrayBuffer()).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      // A business customer: the CII XML travels inside as factur-x.xml.
      expect(pdf).toContain('factur-x.xml');
      const refused = await fetch(url, { headers: { Authorization: `Bearer ${agent.idToken}` } });
      expect(refused.status).toBe(403);
      await refused.arrayBuffer();

      // A business customer's e-invoice goes to the e-invoicing platform (the local one here), once.
      const transmitted = await eventually(async () => {
        const invoice = await readInvoice(invoiceId);
        if (invoice?.transmission?.status !== 'accepted') throw new Error('not transmitted yet');
        return invoice.transmission;
      }, TRIGGER_WAIT_MS);
      expect(transmitted).toMatchObject({ platform: 'local', reference: `LOCAL-F-${year}-000001`, error: null });

      // Mailed with its PDF, once per form, to the address given; only owner and admin send it.
      const send = { requestId: newId(), invoiceId, to: uniqueEmail('compta'), note: 'Bonne réception.' };
      expect(await callCallable(CALLABLES.sendInvoice, send, agent.idToken)).toMatchObject({
        reason: 'not-team-manager',
      });
      await expectInvalid(CALLABLES.sendInvoice, { ...send, to: 'nope' }, admin.idToken, 'to');
      await mustCall(CALLABLES.sendInvoice, send, admin.idToken);
      await mustCall(CALLABLES.sendInvoice, send, admin.idToken);
      expect(await readInvoice(invoiceId)).toMatchObject({ status: 'sent', sentTo: send.to });
      const outbox = await adminDb().collection(paths.mails(t())).where('to', '==', send.to).get();
      expect(outbox.docs.map((doc) => doc.get('attachments'))).toEqual([
        [{ storagePath: numbered.pdf?.storagePath, fileName: `F-${year}-000001.pdf`, contentType: 'application/pdf' }],
      ]);
      const received = await waitForMail({
        to: send.to,
        subjectIncludes: `F-${year}-000001`,
        timeoutMs: TRIGGER_WAIT_MS,
      });
      expect(received.attachments).toEqual([`F-${year}-000001.pdf`]);
      expect(received.text).toContain('Bonne réception.');
    },
    2 * TRIGGER_WAIT_MS,
  );

  it(
    'records payments once each, up to what is due, and the invoice is paid when nothing is left',
    async () => {
      const input = draft();
      await mustCall(CALLABLES.draftFeeInvoice, input, admin.idToken);
      const invoiceId = input.requestId;
      const payment = (amountCents: number, overrides: Record<string, unknown> = {}) => ({
        requestId: newId(),
        invoiceId,
        amountCents,
        paidOn: '2026-12-04',
        method: 'transfer',
        reference: 'VIR 4471',
        ...overrides,
      });
      expect(await callCallable(CALLABLES.recordInvoicePayment, payment(100_000), admin.idToken)).toMatchObject({
        reason: 'invoice-not-validated',
      });
      expect(
        await callCallable(
          CALLABLES.sendInvoice,
          { requestId: newId(), invoiceId, to: uniqueEmail('compta'), note: '' },
          admin.idToken,
        ),
      ).toMatchObject({ reason: 'invoice-not-validated' });
      await mustCall(CALLABLES.validateInvoice, { invoiceId }, admin.idToken);
      await eventually(async () => {
        if (!(await readInvoice(invoiceId))?.number) throw new Error('not numbered yet');
      }, TRIGGER_WAIT_MS);

      const first = payment(500_000);
      await mustCall(CALLABLES.recordInvoicePayment, first, admin.idToken);
      await mustCall(CALLABLES.recordInvoicePayment, first, admin.idToken);
      expect(await readInvoice(invoiceId)).toMatchObject({ paidCents: 500_000, status: 'validated' });

      expect(await callCallable(CALLABLES.recordInvoicePayment, payment(1_000_001), admin.idToken)).toMatchObject({
        reason: 'amount-above-due',
      });
      expect(
        await callCallable(CALLABLES.recordInvoicePayment, payment(1_000, { paidOn: '2099-01-01' }), admin.idToken),
      ).toMatchObject({ reason: 'date-in-future' });
      expect(await callCallable(CALLABLES.recordInvoicePayment, payment(1_000), agent.idToken)).toMatchObject({
        reason: 'not-team-manager',
      });
      await expectInvalid(CALLABLES.recordInvoicePayment, payment(0), admin.idToken, 'amountCents');

      const last = payment(1_000_000, { method: 'cheque', reference: '' });
      await mustCall(CALLABLES.recordInvoicePayment, last, admin.idToken);
      expect(await readInvoice(invoiceId)).toMatchObject({ paidCents: 1_500_000, status: 'paid' });
      expect(await callCallable(CALLABLES.recordInvoicePayment, payment(1), admin.idToken)).toMatchObject({
        reason: 'invoice-closed',
      });
      const journal = await adminDb()
        .collection(paths.invoicePayments(t()))
        .withConverter(paymentConverter)
        .where('invoiceId', '==', invoiceId)
        .get();
      expect(journal.docs.map((doc) => doc.data().amountCents).sort((a, b) => a - b)).toEqual([500_000, 1_000_000]);
      expect(journal.docs.map((doc) => doc.data().invoiceNumber)).toEqual([
        expect.stringMatching(/^F-\d{4}-0+2$/),
        expect.stringMatching(/^F-\d{4}-0+2$/),
      ]);
    },
    2 * TRIGGER_WAIT_MS,
  );

  it(
    'corrects a numbered invoice with credit notes, each checked against what is left, until it is cancelled',
    async () => {
      const input = draft();
      await mustCall(CALLABLES.draftFeeInvoice, input, admin.idToken);
      const invoiceId = input.requestId;
      const creditNote = (lines: DraftFeeInvoiceInput['lines'] | null) => ({ requestId: newId(), invoiceId, lines });
      const netLine = (unitPriceCents: number) => [
        {
          description: 'Remise sur honoraires',
          quantity: 1,
          unitPriceCents,
          vat: { category: 'S' as const, ratePercent: 20 },
        },
      ];
      expect(await callCallable(CALLABLES.draftCreditNote, creditNote(null), admin.idToken)).toMatchObject({
        reason: 'invoice-not-validated',
      });
      await mustCall(CALLABLES.validateInvoice, { invoiceId }, admin.idToken);
      await eventually(async () => {
        if (!(await readInvoice(invoiceId))?.number) throw new Error('not numbered yet');
      }, TRIGGER_WAIT_MS);

      // Two drafts each within the invoice's 15 000 €, together beyond it: the second is refused when validated.
      const partial = creditNote(netLine(250_000));
      const whole = creditNote(null);
      await mustCall(CALLABLES.draftCreditNote, partial, admin.idToken);
      await mustCall(CALLABLES.draftCreditNote, partial, admin.idToken);
      await mustCall(CALLABLES.draftCreditNote, whole, admin.idToken);
      // A credit note takes VAT off at the invoice's rate only, and its draft is not edited like a fee invoice's.
      expect(
        await callCallable(
          CALLABLES.draftCreditNote,
          creditNote([{ ...netLine(1_000)[0]!, vat: { category: 'S', ratePercent: 10 } }]),
          admin.idToken,
        ),
      ).toMatchObject({ reason: 'credit-vat-mismatch' });
      expect(
        await callCallable(
          CALLABLES.updateInvoiceDraft,
          { invoiceId: partial.requestId, customer: input.customer, lines: netLine(1_000) },
          admin.idToken,
        ),
      ).toMatchObject({ reason: 'invoice-not-editable' });
      expect((await readInvoice(partial.requestId))?.totals.netCents).toBe(250_000);
      expect(await readInvoice(whole.requestId)).toMatchObject({
        kind: 'credit-note',
        status: 'draft',
        totals: { grossCents: 1_500_000 },
        corrects: { invoiceId },
      });
      await mustCall(CALLABLES.validateInvoice, { invoiceId: partial.requestId }, admin.idToken);
      expect(await readInvoice(invoiceId)).toMatchObject({ creditedCents: 300_000, status: 'validated' });
      expect(
        await callCallable(CALLABLES.validateInvoice, { invoiceId: whole.requestId }, admin.idToken),
      ).toMatchObject({
        reason: 'amount-above-invoice',
      });
      expect((await readInvoice(whole.requestId))?.status).toBe('draft');
      await mustCall(CALLABLES.deleteInvoiceDraft, { invoiceId: whole.requestId }, admin.idToken);

      const rest = creditNote(netLine(1_000_000));
      await mustCall(CALLABLES.draftCreditNote, rest, admin.idToken);
      await mustCall(CALLABLES.validateInvoice, { invoiceId: rest.requestId }, admin.idToken);
      expect(await readInvoice(invoiceId)).toMatchObject({ creditedCents: 1_500_000, status: 'cancelled' });

      const payment = { requestId: newId(), amountCents: 100, paidOn: '2026-12-04', method: 'transfer', reference: '' };
      expect(
        await callCallable(CALLABLES.recordInvoicePayment, { ...payment, invoiceId }, admin.idToken),
      ).toMatchObject({
        reason: 'invoice-closed',
      });
      expect(
        await callCallable(CALLABLES.recordInvoicePayment, { ...payment, invoiceId: partial.requestId }, admin.idToken),
      ).toMatchObject({ reason: 'invoice-is-credit-note' });
      expect(
        await callCallable(
          CALLABLES.draftCreditNote,
          { requestId: newId(), invoiceId: partial.requestId, lines: null },
          admin.idToken,
        ),
      ).toMatchObject({ reason: 'invoice-is-credit-note' });
      expect(await callCallable(CALLABLES.draftCreditNote, creditNote(netLine(1)), admin.idToken)).toMatchObject({
        reason: 'invoice-cancelled',
      });

      // Numbered in their own series, in the order validated, with the invoice they correct.
      const year = invoiceYear(new Date());
      const numbers = await eventually(async () => {
        const [first, second] = await Promise.all([readInvoice(partial.requestId), readInvoice(rest.requestId)]);
        if (!first?.number || !second?.number) throw new Error('not numbered yet');
        return [first.number, second.number];
      }, TRIGGER_WAIT_MS);
      expect(numbers).toEqual([`AV-${year}-000001`, `AV-${year}-000002`]);
    },
    2 * TRIGGER_WAIT_MS,
  );

  it(
    'transmits nothing to the e-invoicing platform for a private customer',
    async () => {
      const input = draft({
        customerContactId: null,
        customer: { ...draft().customer, name: 'Mme Claire Martin', siren: null, vatNumber: null },
      });
      await mustCall(CALLABLES.draftFeeInvoice, input, admin.idToken);
      await mustCall(CALLABLES.validateInvoice, { invoiceId: input.requestId }, admin.idToken);
      const rendered = await eventually(async () => {
        const invoice = await readInvoice(input.requestId);
        if (!invoice?.pdf) throw new Error('not rendered yet');
        return invoice;
      }, TRIGGER_WAIT_MS);
      // The trigger saw it rendered and let it be; the handler itself, given a platform, sends nothing.
      const submitted: string[] = [];
      const spy = {
        name: 'spy',
        submit: async ({ invoiceNumber }: { invoiceNumber: string }) => {
          submitted.push(invoiceNumber);
          return { accepted: true as const, reference: 'SPY' };
        },
      };
      const deps = { db: adminDb(), platform: spy, readFile: async () => Buffer.from(''), now: () => new Date() };
      expect(await transmitInvoice(deps, t(), input.requestId)).toBe('skipped');
      expect(submitted).toEqual([]);
      expect(rendered.transmission).toBeNull();
      expect((await readInvoice(input.requestId))?.transmission).toBeNull();
    },
    2 * TRIGGER_WAIT_MS,
  );
});
