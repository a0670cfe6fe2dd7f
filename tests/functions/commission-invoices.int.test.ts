import {
  CALLABLES,
  commissionInvoiceId,
  dealModel,
  dealSchema,
  invoiceModel,
  invoiceYear,
  paths,
  privateFileUrl,
  type Invoice,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { converterOf } from '../../functions/src/lib/converters';
import { prepareCommissionInvoices } from '../../functions/src/invoicing/prepare-commission-invoices.handler';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { functionsOrigin, projectId, region } from '../support/emulator-env';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { eventually } from './function-fixtures';

const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const invoiceConverter = converterOf(invoiceModel);
const DOWNLOAD = `${functionsOrigin}/${projectId}/${region}/files-download`;
/** Triggers wait behind whatever the emulator still delivers (docs: invoice-lifecycle.int.test.ts). */
const TRIGGER_WAIT_MS = 150_000;
// Far from any other test's deals: the run reads every tenant's deals collected in the period before it.
const NOW = new Date('2031-03-10T08:00:00Z');

let tenant: TestTenant;
let weekly: TestUser;
let monthly: TestUser;
let monthlyDealId: string;
const t = () => tenant.tenantId;

const readInvoice = async (invoiceId: string): Promise<Invoice | undefined> =>
  (await adminDb().doc(paths.invoice(t(), invoiceId)).withConverter(invoiceConverter).get()).data();

const readDeal = async (dealId: string) =>
  (await adminDb().doc(paths.deal(t(), dealId)).withConverter(converterOf(dealModel)).get()).data();

async function collectedDeal(agent: TestUser, day: string, agentCents: number): Promise<string> {
  const id = newId();
  const collectedAt = new Date(`${day}T00:00:00Z`);
  await adminDb()
    .doc(paths.deal(t(), id))
    .set(
      dealSchema.parse({
        id,
        dealType: 'sale',
        stage: 'deed',
        propertyId: `p-${id}`,
        propertyTitle: `Maison ${day}`,
        buyerContactId: 'buyer',
        buyerName: 'Acquéreur',
        sellerContactId: null,
        sellerName: null,
        offerId: null,
        agentUid: agent.uid,
        agentName: 'Agent',
        managerUid: null,
        priceCents: 30_000_000,
        acceptedAt: new Date('2031-01-05T00:00:00Z'),
        preliminary: null,
        deedAt: collectedAt,
        deedSigned: true,
        fees: { netCents: 1_000_000, vatPercent: 20, grossCents: 1_200_000, paidBy: 'mandator', collectedBy: 'notary' },
        notary: null,
        shares: { partner: null, referral: null, ambassador: null },
        collectedAt,
        split: {
          feesCents: 1_000_000,
          partnerCents: 0,
          networkCents: 1_000_000 - agentCents,
          agentGrossCents: agentCents,
          referralCents: 0,
          ambassadorCents: 0,
          agentCents,
          agentRatePercent: 70,
        },
        planName: 'Acteur',
        createdAt: collectedAt,
        createdBy: agent.uid,
        updatedAt: collectedAt,
      }),
    );
  return id;
}

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Commissions' });
  [weekly, monthly] = await Promise.all([
    addActiveMember(tenant, 'agent', 'Wanda Hebdo'),
    addActiveMember(tenant, 'agent', 'Mona Mensuelle'),
  ]);
  await mustCall(
    CALLABLES.saveInvoicingSettings,
    {
      issuer: {
        name: 'Agence Commissions SAS',
        address: { street: '12 quai du Port', postalCode: '13002', city: 'Marseille', country: 'FR' },
        siren: '404833048',
        vatNumber: null,
        email: null,
        mentions: [],
      },
      terms: { dueDays: 15, latePenaltyPercent: 12, iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
    },
    tenant.owner.idToken,
  );
  // The default plan (Acteur) pays weekly; Approche monthly.
  await mustCall(CALLABLES.assignCommissionPlan, { uid: monthly.uid, planId: 'approche' }, tenant.owner.idToken);
  [, , , monthlyDealId] = await Promise.all([
    collectedDeal(weekly, '2031-03-03', 700_000),
    collectedDeal(weekly, '2031-03-05', 350_000),
    // Weeks before and on no invoice yet (recorded late): on the next weekly invoice, never a monthly one.
    collectedDeal(weekly, '2031-02-20', 100_000),
    collectedDeal(monthly, '2031-02-14', 500_000),
  ]);
}, 120_000);

describe('invoicing-prepareCommissionInvoices', () => {
  it('drafts one invoice per agent and period at the agent’s rhythm, once however often it runs', async () => {
    // The run reads every tenant's deals: another file's could add to its counts, never to this tenant's invoices.
    const first = await prepareCommissionInvoices({ db: adminDb() }, NOW);
    expect(first.prepared).toBeGreaterThanOrEqual(2);
    const again = await prepareCommissionInvoices({ db: adminDb() }, NOW);
    expect(again).toMatchObject({ prepared: 0, refreshed: 0 });

    const week = await readInvoice(commissionInvoiceId(weekly.uid, '2031-W10'));
    expect(week).toMatchObject({
      kind: 'commission',
      status: 'draft',
      issuerId: weekly.uid,
      selfBilled: true,
      customer: { name: 'Agence Commissions SAS' },
      totals: { netCents: 1_150_000 },
    });
    expect(week?.lines.map((line) => line.description)).toEqual([
      'Commission – Maison 2031-02-20 (2031-02-20)',
      'Commission – Maison 2031-03-03 (2031-03-03)',
      'Commission – Maison 2031-03-05 (2031-03-05)',
    ]);
    expect(await readInvoice(commissionInvoiceId(monthly.uid, '2031-02'))).toMatchObject({
      totals: { netCents: 500_000 },
    });
    expect((await readDeal(monthlyDealId))?.commissionInvoiceId).toBe(commissionInvoiceId(monthly.uid, '2031-02'));
    expect(await readInvoice(commissionInvoiceId(weekly.uid, '2031-02'))).toBeUndefined();
    const commissions = await adminDb().collection(paths.invoices(t())).where('kind', '==', 'commission').get();
    expect(commissions.size).toBe(2);
  });

  it(
    'lets the agent validate their own once their identity is given, numbered in their own series',
    async () => {
      const invoiceId = commissionInvoiceId(weekly.uid, '2031-W10');
      expect(await callCallable(CALLABLES.validateInvoice, { invoiceId }, weekly.idToken)).toMatchObject({
        reason: 'agent-invoicing-missing',
      });
      expect(await callCallable(CALLABLES.validateInvoice, { invoiceId }, monthly.idToken)).toMatchObject({
        reason: 'not-team-manager',
      });
      const identity = {
        name: 'Wanda Hebdo EI',
        address: { street: '3 rue Paradis', postalCode: '13001', city: 'Marseille', country: 'FR' },
        siren: '732829320',
        vatNumber: null,
        email: null,
        vatExempt: true,
      };
      expect(
        await callCallable(CALLABLES.saveAgentInvoicing, { uid: weekly.uid, identity }, monthly.idToken),
      ).toMatchObject({ reason: 'not-team-manager' });
      await mustCall(CALLABLES.saveAgentInvoicing, { uid: weekly.uid, identity }, weekly.idToken);
      // Validated as the agent saw it: a draft changed since (the run, a deal recorded) is refused.
      const seen = (await readInvoice(invoiceId))!.updatedAt.getTime();
      expect(
        await callCallable(CALLABLES.validateInvoice, { invoiceId, seenUpdatedAt: seen - 1 }, weekly.idToken),
      ).toMatchObject({ reason: 'invoice-changed' });
      expect((await readInvoice(invoiceId))?.status).toBe('draft');
      await mustCall(CALLABLES.validateInvoice, { invoiceId, seenUpdatedAt: seen }, weekly.idToken);
      await mustCall(CALLABLES.validateInvoice, { invoiceId, seenUpdatedAt: seen }, weekly.idToken);

      // Rendered, then transmitted to the e-invoicing platform: the agency, its customer, is a business.
      const numbered = await eventually(async () => {
        const invoice = await readInvoice(invoiceId);
        if (invoice?.transmission?.status !== 'accepted') throw new Error('not rendered and transmitted yet');
        return invoice;
      }, TRIGGER_WAIT_MS);
      expect(numbered).toMatchObject({
        status: 'validated',
        number: `AF-${invoiceYear(new Date())}-000001`,
        issuer: { name: 'Wanda Hebdo EI', siren: '732829320' },
        validatedBy: weekly.uid,
        terms: { dueDays: 15, iban: '' },
        totals: { netCents: 1_150_000, vatCents: 0, grossCents: 1_150_000 },
      });
      expect(numbered.lines[0]?.vat).toEqual({
        category: 'E',
        exemptionReason: 'TVA non applicable, art. 293 B du CGI',
      });

      const url = `${DOWNLOAD}${privateFileUrl({ kind: 'invoice', invoiceId }).replace(/^\/files/, '')}`;
      const own = await fetch(url, { headers: { Authorization: `Bearer ${weekly.idToken}` } });
      expect(own.status).toBe(200);
      await own.arrayBuffer();
      const other = await fetch(url, { headers: { Authorization: `Bearer ${monthly.idToken}` } });
      expect(other.status).toBe(403);
      await other.arrayBuffer();

      // The agency pays it: the journal of payments received takes none.
      expect(
        await callCallable(
          CALLABLES.recordInvoicePayment,
          { requestId: newId(), invoiceId, amountCents: 100, paidOn: '2026-12-01', method: 'transfer', reference: '' },
          tenant.owner.idToken,
        ),
      ).toMatchObject({ reason: 'invoice-self-billed' });
      expect(
        await callCallable(
          CALLABLES.sendInvoice,
          { requestId: newId(), invoiceId, to: 'agence@commissions.test', note: '' },
          tenant.owner.idToken,
        ),
      ).toMatchObject({ reason: 'invoice-self-billed' });
      expect((await readInvoice(invoiceId))?.paidCents).toBe(0);

      // The run after it leaves a validated invoice as it is.
      expect(await prepareCommissionInvoices({ db: adminDb() }, NOW)).toMatchObject({ prepared: 0, refreshed: 0 });
      expect(await readInvoice(invoiceId)).toEqual(numbered);
    },
    2 * TRIGGER_WAIT_MS,
  );

  it('puts a deal collected late on the next invoice, once, and frees the deals of a deleted draft', async () => {
    // Collected in week 10, recorded once its invoice was validated: on week 11's.
    const late = await collectedDeal(weekly, '2031-03-04', 200_000);
    const again = await prepareCommissionInvoices({ db: adminDb() }, NOW);
    expect(again).toMatchObject({ prepared: 0, refreshed: 0 });
    expect(again.validated).toBeGreaterThanOrEqual(1);
    expect((await readDeal(late))?.commissionInvoiceId).toBeNull();
    expect((await readInvoice(commissionInvoiceId(weekly.uid, '2031-W10')))?.totals.netCents).toBe(1_150_000);

    const weekAfter = new Date('2031-03-17T08:00:00Z');
    await prepareCommissionInvoices({ db: adminDb() }, weekAfter);
    const next = await readInvoice(commissionInvoiceId(weekly.uid, '2031-W11'));
    expect(next?.lines.map((line) => line.unitPriceCents)).toEqual([200_000]);
    expect((await readDeal(late))?.commissionInvoiceId).toBe(next?.id);
    await prepareCommissionInvoices({ db: adminDb() }, weekAfter);
    expect((await readInvoice(commissionInvoiceId(weekly.uid, '2031-W11')))?.updatedAt).toEqual(next?.updatedAt);

    // February's draft still holds Mona's deal: March's run leaves it there.
    const april = new Date('2031-04-02T08:00:00Z');
    await prepareCommissionInvoices({ db: adminDb() }, april);
    expect(await readInvoice(commissionInvoiceId(monthly.uid, '2031-03'))).toBeUndefined();
    // Deleted, it frees the deal for the next run.
    const february = commissionInvoiceId(monthly.uid, '2031-02');
    await mustCall(CALLABLES.deleteInvoiceDraft, { invoiceId: february }, tenant.owner.idToken);
    expect(await readInvoice(february)).toBeUndefined();
    expect((await readDeal(monthlyDealId))?.commissionInvoiceId).toBeNull();
    await prepareCommissionInvoices({ db: adminDb() }, april);
    const march = await readInvoice(commissionInvoiceId(monthly.uid, '2031-03'));
    expect(march?.totals.netCents).toBe(500_000);
    expect((await readDeal(monthlyDealId))?.commissionInvoiceId).toBe(march?.id);
  });
});
