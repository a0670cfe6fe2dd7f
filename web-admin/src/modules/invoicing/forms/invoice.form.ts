import {
  agentInvoicingInputSchema,
  DEFAULT_PAYMENT_TERMS,
  draftFeeInvoiceInputSchema,
  invoicingSettingsInputSchema,
  sirenSchema,
  VAT_FRANCHISE_REASON,
  type AgentInvoicing,
  type Contact,
  type Deal,
  type DraftFeeInvoiceInput,
  type Invoice,
  type InvoiceLine,
  type InvoiceParty,
  type InvoicingSettings,
  type InvoicingSettingsInput,
  type PaymentTerms,
} from '@estate/domain';
import type { z } from 'zod';

/** A party of an invoice as its fields hold it: flat, the mentions one per line. */
export interface PartyForm {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  siren: string;
  vatNumber: string;
  email: string;
  mentions: string;
}

/** A line as typed: the unit price in the currency (1 250,50), the VAT rate or the exemption. */
export interface LineForm {
  key: string;
  description: string;
  quantity: number;
  unitPrice: number;
  vatRate: number;
  exempt: boolean;
  exemptionReason: string;
}

export interface InvoiceDraftForm {
  customerContactId: string | null;
  customer: PartyForm;
  lines: LineForm[];
}

export const EMPTY_PARTY: PartyForm = {
  name: '',
  street: '',
  postalCode: '',
  city: '',
  country: 'FR',
  siren: '',
  vatNumber: '',
  email: '',
  mentions: '',
};

let lineKeys = 0;
const nextLineKey = () => `line-${++lineKeys}`;

export function newLine(overrides: Partial<Omit<LineForm, 'key'>> = {}): LineForm {
  return {
    key: nextLineKey(),
    description: '',
    quantity: 1,
    unitPrice: 0,
    vatRate: 20,
    exempt: false,
    exemptionReason: VAT_FRANCHISE_REASON,
    ...overrides,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function partyOfForm(form: PartyForm): InvoiceParty {
  return {
    name: form.name.trim(),
    address: {
      street: form.street.trim(),
      postalCode: form.postalCode.trim(),
      city: form.city.trim(),
      country: form.country.trim().toUpperCase(),
    },
    siren: orNull(form.siren),
    vatNumber: orNull(form.vatNumber),
    email: orNull(form.email),
    mentions: form.mentions
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  };
}

function formOfParty(party: InvoiceParty): PartyForm {
  return {
    name: party.name,
    street: party.address.street,
    postalCode: party.address.postalCode,
    city: party.address.city,
    country: party.address.country,
    siren: party.siren ?? '',
    vatNumber: party.vatNumber ?? '',
    email: party.email ?? '',
    mentions: party.mentions.join('\n'),
  };
}

export function linesOfForm(lines: readonly LineForm[]): InvoiceLine[] {
  return lines.map((line) => ({
    description: line.description.trim(),
    quantity: line.quantity,
    unitPriceCents: Math.round(line.unitPrice * 100),
    vat: line.exempt
      ? { category: 'E' as const, exemptionReason: line.exemptionReason.trim() }
      : { category: 'S' as const, ratePercent: line.vatRate },
  }));
}

function formOfLines(lines: readonly InvoiceLine[]): LineForm[] {
  return lines.map((line) =>
    newLine({
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unitPriceCents / 100,
      vatRate: line.vat.category === 'S' ? line.vat.ratePercent : 20,
      exempt: line.vat.category === 'E',
      exemptionReason: line.vat.category === 'E' ? line.vat.exemptionReason : VAT_FRANCHISE_REASON,
    }),
  );
}

export const formOfInvoice = (invoice: Invoice): InvoiceDraftForm => ({
  customerContactId: invoice.customerContactId,
  customer: formOfParty(invoice.customer),
  lines: formOfLines(invoice.lines),
});

const CIVILITY_PRINTED: Record<Contact['civility'], string> = { '': '', mr: 'M.', mrs: 'Mme' };

/** A contact as an invoice names them: the company (its SIREN from a SIRET or SIREN typed) or the person. */
export function partyFormOfContact(contact: Contact): PartyForm {
  const company = contact.identityType === 'company';
  const digits = contact.registrationNumber.replace(/\s/g, '');
  const siren = company && /^\d{9}(\d{5})?$/.test(digits) ? digits.slice(0, 9) : '';
  return {
    ...EMPTY_PARTY,
    name: company
      ? contact.companyName
      : [CIVILITY_PRINTED[contact.civility], contact.firstName, contact.lastName]
          .filter((part) => part !== '')
          .join(' '),
    street: contact.address.street,
    postalCode: contact.address.postalCode,
    city: contact.address.city,
    country: contact.address.country || 'FR',
    siren: sirenSchema.safeParse(siren).success ? siren : '',
    email: contact.emails[0]?.address ?? '',
  };
}

/** Who a deal's fee invoice goes to: the notary collecting them, or the party paying them. */
export type BillTo = 'seller' | 'buyer' | 'notary';

export function defaultBillTo(deal: Pick<Deal, 'fees' | 'notary' | 'sellerContactId'>): BillTo {
  if (deal.fees.collectedBy === 'notary' && deal.notary) return 'notary';
  if (deal.fees.paidBy === 'other-party' || !deal.sellerContactId) return 'buyer';
  return 'seller';
}

export function partyFormOfNotary(notary: NonNullable<Deal['notary']>): PartyForm {
  return { ...EMPTY_PARTY, name: notary.name, street: notary.address, email: notary.email };
}

/** The fee line of a deal: its fees excluding VAT at its rate. */
export const feeLineOfDeal = (deal: Pick<Deal, 'fees'>, description: string): LineForm =>
  newLine({
    description,
    unitPrice: deal.fees.netCents / 100,
    vatRate: deal.fees.vatPercent > 0 ? deal.fees.vatPercent : 20,
    exempt: deal.fees.vatPercent === 0,
  });

function draftInputOfForm(form: InvoiceDraftForm, requestId: string, dealId: string): DraftFeeInvoiceInput {
  return {
    requestId,
    dealId,
    customerContactId: form.customerContactId,
    customer: partyOfForm(form.customer),
    lines: linesOfForm(form.lines),
  };
}

/** The schema's complaints by field path (`customer.address.city`, `lines.0.unitPriceCents`). */
export function issuesByPath(error: z.ZodError): Record<string, string> {
  const found: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    found[key] ??= issue.message;
  }
  return found;
}

export function checkDraft(form: InvoiceDraftForm, requestId: string, dealId: string) {
  return draftFeeInvoiceInputSchema.safeParse(draftInputOfForm(form, requestId, dealId));
}

/** Settings › Invoicing as its fields hold it. */
export interface InvoicingSettingsForm {
  issuer: PartyForm;
  terms: PaymentTerms;
}

export const formOfSettings = (settings: InvoicingSettings | null, fallbackName: string): InvoicingSettingsForm =>
  settings
    ? { issuer: formOfParty(settings.issuer), terms: settings.terms }
    : {
        issuer: { ...EMPTY_PARTY, name: fallbackName },
        terms: { ...DEFAULT_PAYMENT_TERMS },
      };

const settingsInputOfForm = (form: InvoicingSettingsForm): InvoicingSettingsInput => ({
  issuer: partyOfForm(form.issuer),
  terms: { ...form.terms, iban: form.terms.iban.replace(/\s/g, ''), bic: form.terms.bic.trim() },
});

export const checkSettings = (form: InvoicingSettingsForm) =>
  invoicingSettingsInputSchema.safeParse(settingsInputOfForm(form));

/** An agent's identity on their commission invoices as its fields hold it. */
export interface AgentIdentityForm {
  party: PartyForm;
  vatExempt: boolean;
}

export const formOfAgentIdentity = (
  identity: Pick<AgentInvoicing, 'name' | 'address' | 'siren' | 'vatNumber' | 'email' | 'vatExempt'> | null,
  fallbackName: string,
): AgentIdentityForm =>
  identity
    ? { party: formOfParty({ ...identity, mentions: [] }), vatExempt: identity.vatExempt }
    : { party: { ...EMPTY_PARTY, name: fallbackName }, vatExempt: true };

export function checkAgentIdentity(form: AgentIdentityForm) {
  const { name, address, siren, vatNumber, email } = partyOfForm(form.party);
  return agentInvoicingInputSchema.safeParse({
    name,
    address,
    siren: siren ?? '',
    vatNumber,
    email,
    vatExempt: form.vatExempt,
  });
}
