import {
  invoiceModel,
  invoiceSeriesId,
  invoiceTotals,
  invoiceYear,
  paths,
  type Invoice,
  type InvoiceKind,
  type InvoiceLine,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { converterOf } from '../../functions/src/lib/converters';

const lines: InvoiceLine[] = [
  {
    description: 'Honoraires de négociation',
    quantity: 1,
    unitPriceCents: 1_000_000,
    vat: { category: 'S', ratePercent: 20 },
  },
];
const party = {
  name: 'Agence Numérotation',
  address: { street: '3 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
  siren: '404833048',
  vatNumber: 'FR83404833048',
  email: null,
  mentions: [],
};

/** An invoice as the validation leaves it: validated at `validatedAt` into its series, no number yet. */
export function validatedInvoice(id: string, issuerId: string, validatedAt: Date, kind: InvoiceKind = 'fees'): Invoice {
  return {
    id,
    kind,
    status: 'validated',
    issuerId,
    issuer: party,
    customer: { ...party, name: 'SCI Client', siren: '732829320', vatNumber: null },
    selfBilled: false,
    currency: 'EUR',
    lines,
    totals: invoiceTotals(lines),
    terms: { dueDays: 30, latePenaltyPercent: 12, iban: '', bic: '' },
    dealId: null,
    customerContactId: null,
    pdf: null,
    corrects: null,
    number: null,
    seriesId: invoiceSeriesId(issuerId, kind, invoiceYear(validatedAt)),
    sequence: null,
    issuedAt: null,
    dueAt: null,
    paidCents: 0,
    creditedCents: 0,
    sentAt: null,
    sentTo: null,
    transmission: null,
    createdAt: validatedAt,
    createdBy: 'owner',
    validatedAt,
    validatedBy: 'owner',
    updatedAt: validatedAt,
  };
}

/** Writes invoices as functions do, through the model's converter. */
export async function writeInvoices(db: Firestore, tenantId: string, invoices: Invoice[]): Promise<void> {
  const converter = converterOf(invoiceModel);
  await Promise.all(
    invoices.map((invoice) => db.doc(paths.invoice(tenantId, invoice.id)).withConverter(converter).set(invoice)),
  );
}
