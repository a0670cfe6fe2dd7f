// Invoices in the demo agency: Settings › Invoicing filled in, the fee invoice of every deal whose
// fees were collected (to the notary who collected them, or to whoever paid), numbered in the order
// they were validated and paid in full; the let property's invoice waiting for its payment; and the
// accepted offer's invoice left as a draft; each agent's commission invoice of the period their fees
// came in, prepared for them to validate. Their PDFs are rendered by the functions once seeded.
import {
  agentLineVat,
  agentParty,
  commissionInvoiceId,
  commissionLines,
  draftState,
  formatInvoiceNumber,
  payoutPeriod,
  type AgentInvoicing,
  type PayoutRhythm,
  invoiceSeriesId,
  invoiceTotals,
  invoiceYear,
  type Contact,
  type Deal,
  type Invoice,
  type InvoiceLine,
  type InvoiceParty,
  type InvoicePayment,
  type InvoicingSettings,
} from '@estate/domain';

const DAY = 86_400_000;

export interface DemoInvoices {
  settings: InvoicingSettings;
  /** The agents' identities on their commission invoices. */
  identities: AgentInvoicing[];
  invoices: Invoice[];
  payments: InvoicePayment[];
  /** The commission invoice each deal's agent part is on (the deal's `commissionInvoiceId`). */
  commissionInvoiceOf: Map<string, string>;
  /** The last number of each series, as the counters hold it. */
  counters: { seriesId: string; last: number }[];
}

const DEMO_INVOICING_ISSUER: InvoiceParty = {
  name: 'Agence Démo SARL',
  address: { street: '12 quai du Port', postalCode: '13002', city: 'Marseille', country: 'FR' },
  siren: '812345650',
  vatNumber: 'FR38812345650',
  email: 'compta@demo.test',
  mentions: [
    'SARL au capital de 20 000 €',
    'RCS Marseille 812 345 650',
    'Carte professionnelle CPI 1301 2026 000 000 042, CCI Aix-Marseille-Provence',
  ],
};

function customerOf(deal: Deal, contacts: readonly Contact[]): { party: InvoiceParty; contactId: string | null } {
  if (deal.fees.collectedBy === 'notary' && deal.notary) {
    return {
      contactId: null,
      party: {
        name: deal.notary.name,
        address: { street: '8 rue Paradis', postalCode: '13001', city: 'Marseille', country: 'FR' },
        siren: '732829320',
        vatNumber: null,
        email: null,
        mentions: [],
      },
    };
  }
  const contactId =
    deal.fees.paidBy === 'other-party' ? deal.buyerContactId : (deal.sellerContactId ?? deal.buyerContactId);
  const contact = contacts.find((one) => one.id === contactId);
  return {
    contactId,
    party: {
      name: contactId === deal.buyerContactId ? deal.buyerName : (deal.sellerName ?? deal.buyerName),
      address: {
        street: contact?.address.street || '1 rue de la République',
        postalCode: contact?.address.postalCode || '13001',
        city: contact?.address.city || 'Marseille',
        country: contact?.address.country || 'FR',
      },
      siren: null,
      vatNumber: null,
      email: contact?.emails[0]?.address ?? null,
      mentions: [],
    },
  };
}

/** A SIREN with its Luhn key: eight digits and the ninth that makes them valid. */
function sirenOf(eight: string): string {
  for (let key = 0; key <= 9; key += 1) {
    const digits = `${eight}${key}`;
    let sum = 0;
    for (let index = 0; index < 9; index += 1) {
      let digit = Number(digits[8 - index]);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error(`no SIREN key for ${eight}`);
}

export function demoInvoices(
  deals: readonly Deal[],
  contacts: readonly Contact[],
  team: readonly { uid: string; name: string; payout: PayoutRhythm }[],
  owner: string,
  now: Date,
): DemoInvoices {
  const settings: InvoicingSettings = {
    issuer: DEMO_INVOICING_ISSUER,
    terms: { dueDays: 30, latePenaltyPercent: 12, iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
    updatedAt: now,
    updatedBy: owner,
  };
  const draftOf = (deal: Deal, id: string, createdAt: Date): Invoice => {
    const { party, contactId } = customerOf(deal, contacts);
    const lines: InvoiceLine[] = [
      {
        description: `Honoraires de transaction – ${deal.propertyTitle}`.slice(0, 300),
        quantity: 1,
        unitPriceCents: deal.fees.netCents,
        vat: { category: 'S', ratePercent: deal.fees.vatPercent },
      },
    ];
    const { netCents, vatCents, grossCents, vat } = invoiceTotals(lines);
    return {
      ...draftState(createdAt, owner),
      id,
      kind: 'fees',
      issuerId: 'agency',
      issuer: settings.issuer,
      customer: party,
      selfBilled: false,
      currency: 'EUR',
      lines,
      totals: { netCents, vatCents, grossCents, vat },
      terms: settings.terms,
      dealId: deal.id,
      customerContactId: contactId,
      corrects: null,
    };
  };

  const invoices: Invoice[] = [];
  const payments: InvoicePayment[] = [];
  const last = new Map<string, number>();
  // The deals whose deed is signed, in the order they were: each invoiced the day of the deed.
  const signed = deals
    .filter((deal) => deal.deedSigned && deal.deedAt && deal.stage !== 'cancelled')
    .sort((a, b) => a.deedAt!.getTime() - b.deedAt!.getTime());
  for (const deal of signed) {
    const validatedAt = new Date(deal.deedAt!.getTime() + 17 * 3_600_000);
    const year = invoiceYear(validatedAt);
    const seriesId = invoiceSeriesId('agency', 'fees', year);
    const sequence = (last.get(seriesId) ?? 0) + 1;
    last.set(seriesId, sequence);
    const draft = draftOf(deal, `demo-invoice-${deal.id}`, validatedAt);
    const number = formatInvoiceNumber('fees', year, sequence);
    const collected = deal.collectedAt !== null && deal.fees.collectedBy === 'notary';
    const invoice: Invoice = {
      ...draft,
      status: collected ? 'paid' : 'validated',
      number,
      seriesId,
      sequence,
      issuedAt: validatedAt,
      dueAt: new Date(validatedAt.getTime() + settings.terms.dueDays * DAY),
      paidCents: collected ? draft.totals.grossCents : 0,
      validatedAt,
      validatedBy: owner,
      updatedAt: validatedAt,
    };
    invoices.push(invoice);
    if (collected) {
      payments.push({
        id: `demo-payment-${deal.id}`,
        invoiceId: invoice.id,
        invoiceNumber: number,
        customerName: invoice.customer.name,
        amountCents: invoice.totals.grossCents,
        currency: 'EUR',
        paidOn: deal.collectedAt!,
        method: 'notary',
        reference: `Acte du ${deal.collectedAt!.toISOString().slice(0, 10)}`,
        recordedAt: deal.collectedAt!,
        recordedBy: owner,
      });
    }
  }
  // The accepted offer's deal: its fee invoice prepared, not validated yet.
  const open = deals.find((deal) => !deal.deedSigned && deal.stage !== 'cancelled');
  if (open) invoices.push(draftOf(open, `demo-invoice-${open.id}`, new Date(now.getTime() - 2 * DAY)));
  // Each agent's commission invoice of the period their deals' fees were collected in, prepared and
  // waiting for them to validate it; each agent an independent under the VAT franchise.
  const identities: AgentInvoicing[] = team.map((member, index) => ({
    uid: member.uid,
    name: `${member.name} EI`,
    address: { street: `${index + 2} rue de la République`, postalCode: '13001', city: 'Marseille', country: 'FR' },
    siren: sirenOf(String(81_000_000 + index * 1_111)),
    vatNumber: null,
    email: null,
    vatExempt: true,
    updatedAt: now,
    updatedBy: member.uid,
  }));
  const byInvoice = new Map<string, { uid: string; deals: Deal[] }>();
  for (const deal of deals) {
    const member = team.find((one) => one.uid === deal.agentUid);
    if (!member || !deal.collectedAt || !deal.split) continue;
    const id = commissionInvoiceId(member.uid, payoutPeriod(member.payout, deal.collectedAt).key);
    const group = byInvoice.get(id) ?? { uid: member.uid, deals: [] };
    group.deals.push(deal);
    byInvoice.set(id, group);
  }
  /** Each deal on a commission invoice, as the run stamps it. */
  const commissionInvoiceOf = new Map<string, string>();
  for (const [id, { uid, deals: agentDeals }] of byInvoice) {
    const identity = identities.find((one) => one.uid === uid)!;
    const lines = commissionLines(agentDeals, agentLineVat(identity));
    if (lines.length === 0) continue;
    for (const deal of agentDeals)
      if (commissionLines([deal], agentLineVat(identity)).length > 0) commissionInvoiceOf.set(deal.id, id);
    const { netCents, vatCents, grossCents, vat } = invoiceTotals(lines);
    const preparedAt = new Date(Math.max(...agentDeals.map((deal) => deal.collectedAt!.getTime())) + 7 * DAY);
    invoices.push({
      ...draftOf(agentDeals[0]!, id, new Date(Math.min(preparedAt.getTime(), now.getTime()))),
      kind: 'commission',
      issuerId: uid,
      issuer: agentParty(identity),
      customer: settings.issuer,
      selfBilled: true,
      lines,
      totals: { netCents, vatCents, grossCents, vat },
      terms: { ...settings.terms, iban: '', bic: '' },
      dealId: null,
      customerContactId: null,
      createdBy: 'invoicing-prepareCommissionInvoices',
    });
  }
  return {
    settings,
    identities,
    invoices,
    payments,
    commissionInvoiceOf,
    counters: [...last.entries()].map(([seriesId, count]) => ({ seriesId, last: count })),
  };
}
