import { agentInvoicingSchema, invoicePaymentSchema, invoiceSchema, invoicingSettingsSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, demoAgency, type DemoStaffMember } from './demo-agency';
import { demoDeals } from './demo-deals';
import { demoInvoices } from './demo-invoices';
import { demoOffers } from './demo-offers';

const staff = Object.fromEntries(DEMO_TEAM.map((member) => [member.key, `uid-${member.key}`])) as Record<
  DemoStaffMember['key'],
  string
>;
let counter = 0;
const now = new Date('2026-12-09T10:00:00Z');
const agency = demoAgency(
  { tenantId: 'demo', staff, newId: () => `id${String((counter += 1)).padStart(5, '0')}` },
  now,
);
const offers = demoOffers(
  agency,
  now,
  () => 'Sophie Bernard',
  () => 'uid-manager',
);
const team = DEMO_TEAM.map((member) => ({
  uid: staff[member.key],
  name: member.displayName,
  managerUid: member.managerKey ? staff[member.managerKey] : null,
  planId: 'acteur' as const,
}));
const deals = demoDeals(agency, offers.offers, team, staff.owner, now).deals;
const payees = team.map((member) => ({ uid: member.uid, name: member.name, payout: 'weekly' as const }));

describe('the demo invoices', () => {
  const demo = demoInvoices(deals, agency.contacts, payees, staff.owner, now);

  it('are valid documents: the settings, every invoice and payment', () => {
    expect(invoicingSettingsSchema.safeParse(demo.settings).success).toBe(true);
    for (const invoice of demo.invoices) expect(invoiceSchema.safeParse(invoice).error).toBeUndefined();
    for (const payment of demo.payments) expect(invoicePaymentSchema.safeParse(payment).success).toBe(true);
    for (const identity of demo.identities) expect(agentInvoicingSchema.safeParse(identity).error).toBeUndefined();
  });

  it('number the signed deals’ invoices 1, 2, 3… in the order validated, the counter at the last', () => {
    const numbered = demo.invoices.filter((invoice) => invoice.number !== null);
    expect(numbered.length).toBeGreaterThanOrEqual(2);
    const sorted = [...numbered].sort((a, b) => a.validatedAt!.getTime() - b.validatedAt!.getTime());
    expect(sorted.map((invoice) => invoice.sequence)).toEqual(sorted.map((_, index) => index + 1));
    expect(sorted[0]?.number).toBe('F-2026-000001');
    expect(demo.counters).toEqual([{ seriesId: 'agency_fees_2026', last: numbered.length }]);
  });

  it('pay in full the fees a notary collected, leave the let property’s invoice owed and one draft', () => {
    for (const invoice of demo.invoices.filter((one) => one.status === 'paid')) {
      const paid = demo.payments.filter((payment) => payment.invoiceId === invoice.id);
      expect(paid.reduce((sum, payment) => sum + payment.amountCents, 0)).toBe(invoice.totals.grossCents);
    }
    expect(demo.invoices.some((invoice) => invoice.status === 'validated' && invoice.paidCents === 0)).toBe(true);
    expect(demo.invoices.filter((invoice) => invoice.status === 'draft' && invoice.kind === 'fees')).toHaveLength(1);
  });

  it('prepare each agent’s commission invoice of the period their fees came in, for them to validate', () => {
    const commissions = demo.invoices.filter((invoice) => invoice.kind === 'commission');
    expect(commissions.length).toBeGreaterThan(0);
    for (const invoice of commissions) {
      expect(invoice).toMatchObject({ status: 'draft', selfBilled: true, customer: demo.settings.issuer });
      expect(invoice.id).toMatch(new RegExp(`^commission-${invoice.issuerId}-\\d{4}-W\\d{2}$`));
    }
    const paid = deals.filter((deal) => deal.split).reduce((sum, deal) => sum + deal.split!.agentCents, 0);
    expect(commissions.reduce((sum, invoice) => sum + invoice.totals.netCents, 0)).toBe(paid);
    // Each deal with a part for its agent is stamped with its invoice, so the morning run never takes it again.
    const stamped = deals.filter((deal) => (deal.split?.agentCents ?? 0) > 0);
    expect(stamped.map((deal) => commissions.some((one) => one.id === demo.commissionInvoiceOf.get(deal.id)))).toEqual(
      stamped.map(() => true),
    );
  });
});
