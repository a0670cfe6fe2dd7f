import { Text, View } from '@react-pdf/renderer';
import { invoiceTotals, isBusiness, RECOVERY_INDEMNITY_CENTS, type InvoiceParty, type Locale } from '@estate/domain';
import { createElement as h, type ReactElement } from 'react';
import { BrandedPage, documentStyles, renderBrandedDocument, type DocumentBrand } from '../documents/branded-document';
import { ciiXml, type NumberedInvoice } from './cii-xml';
import { embedFacturX } from './facturx-pdf';
import { INVOICE_PDF_COPY, type InvoicePdfCopy } from './invoice-pdf.copy';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', ru: 'ru-RU', en: 'en-GB' };

// Narrow no-break spaces of fr-FR grouping print as boxes in some viewers: plain spaces instead.
const plainSpaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function money(cents: number, currency: string, locale: Locale): string {
  return plainSpaces(
    new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency, minimumFractionDigits: 2 }).format(
      cents / 100,
    ),
  );
}

const percent = (value: number, locale: Locale) =>
  plainSpaces(new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 }).format(value)) + ' %';

const day = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);

const cell = (width: string, align: 'left' | 'right' = 'left') => ({ width, textAlign: align, paddingHorizontal: 2 });

function partyBlock(heading: string, party: InvoiceParty, copy: InvoicePdfCopy): ReactElement {
  const lines = [
    party.address.street,
    `${party.address.postalCode} ${party.address.city}`,
    party.address.country === 'FR' ? null : party.address.country,
    party.siren ? `${copy.siren} ${party.siren}` : null,
    party.vatNumber ? `${copy.vatNumber} ${party.vatNumber}` : null,
  ].filter((entry): entry is string => entry !== null);
  return h(
    View,
    { style: { width: '48%' } },
    h(Text, { style: { fontWeight: 'bold', color: '#555555', marginBottom: 2 } }, heading),
    h(Text, { style: { fontWeight: 'bold' } }, party.name),
    ...lines.map((text, index) => h(Text, { key: index }, text)),
  );
}

/** The invoice as its PDF prints it: parties, lines, VAT per rate, totals and the mentions French law asks. */
function invoicePages(invoice: NumberedInvoice, brand: DocumentBrand): ReactElement[] {
  const { locale } = brand;
  const copy = INVOICE_PDF_COPY[locale];
  const styles = documentStyles(brand);
  const totals = invoiceTotals(invoice.lines);
  const format = (cents: number) => money(cents, invoice.currency, locale);
  const header = {
    flexDirection: 'row' as const,
    borderBottomWidth: 0.5,
    borderBottomColor: '#999999',
    fontWeight: 'bold' as const,
    paddingVertical: 3,
  };
  const row = {
    flexDirection: 'row' as const,
    borderBottomWidth: 0.25,
    borderBottomColor: '#cccccc',
    paddingVertical: 3,
  };
  const total = (label: string, value: string, bold = false) =>
    h(
      View,
      { style: { flexDirection: 'row', justifyContent: 'flex-end', marginTop: 2 } },
      h(Text, { style: { width: '30%', textAlign: 'right', fontWeight: bold ? 'bold' : 'normal' } }, label),
      h(Text, { style: { width: '20%', textAlign: 'right', fontWeight: bold ? 'bold' : 'normal' } }, value),
    );
  const mentions = [
    copy.nature,
    invoice.selfBilled ? copy.selfBilled : null,
    ...totals.vat.map((group) => group.exemptionReason),
    copy.latePenalty(percent(invoice.terms.latePenaltyPercent, locale)),
    isBusiness(invoice.customer) ? copy.recoveryIndemnity(format(RECOVERY_INDEMNITY_CENTS)) : null,
    copy.noDiscount,
    ...invoice.issuer.mentions,
  ].filter((entry): entry is string => Boolean(entry));
  return [
    h(
      BrandedPage,
      { brand, reference: invoice.number },
      h(Text, { style: styles.title }, `${copy.title[invoice.kind]} ${copy.number} ${invoice.number}`),
      h(
        Text,
        { style: styles.subtitle },
        `${copy.issuedAt} : ${day(invoice.issuedAt, locale)} · ${copy.dueAt} : ${day(invoice.dueAt, locale)}`,
      ),
      invoice.corrects
        ? h(
            Text,
            { style: styles.paragraph },
            copy.corrects(invoice.corrects.number, day(invoice.corrects.issuedAt, locale)),
          )
        : null,
      h(
        View,
        { style: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 14 } },
        partyBlock(copy.issuer, invoice.issuer, copy),
        partyBlock(copy.customer, invoice.customer, copy),
      ),
      h(
        View,
        { style: header },
        h(Text, { style: cell('46%') }, copy.description),
        h(Text, { style: cell('10%', 'right') }, copy.quantity),
        h(Text, { style: cell('17%', 'right') }, copy.unitPrice),
        h(Text, { style: cell('10%', 'right') }, copy.vatRate),
        h(Text, { style: cell('17%', 'right') }, copy.lineTotal),
      ),
      ...invoice.lines.map((line, index) =>
        h(
          View,
          { key: index, style: row, wrap: false },
          h(Text, { style: cell('46%') }, line.description),
          h(Text, { style: cell('10%', 'right') }, plainSpaces(line.quantity.toLocaleString(INTL_LOCALE[locale]))),
          h(Text, { style: cell('17%', 'right') }, format(line.unitPriceCents)),
          h(
            Text,
            { style: cell('10%', 'right') },
            line.vat.category === 'S' ? percent(line.vat.ratePercent, locale) : copy.exempt,
          ),
          h(Text, { style: cell('17%', 'right') }, format(totals.lineNetCents[index]!)),
        ),
      ),
      h(
        View,
        { style: { marginTop: 8, marginBottom: 12 }, wrap: false },
        total(copy.net, format(totals.netCents)),
        ...totals.vat
          .filter((group) => group.category === 'S')
          .map((group) => total(copy.vat(percent(group.ratePercent, locale)), format(group.taxCents))),
        total(copy.gross, format(totals.grossCents), true),
      ),
      h(
        View,
        { style: styles.section, wrap: false },
        h(Text, { style: styles.heading }, copy.terms),
        h(Text, null, `${copy.dueAt} : ${day(invoice.dueAt, locale)}`),
        invoice.terms.iban
          ? h(Text, null, `${copy.iban} ${invoice.terms.iban}${invoice.terms.bic ? ` · BIC ${invoice.terms.bic}` : ''}`)
          : null,
        ...mentions.map((text, index) =>
          h(Text, { key: `mention-${index}`, style: { fontSize: 8, color: '#444444' } }, text),
        ),
      ),
    ),
  ];
}

/**
 * The invoice's PDF: a Factur-X invoice (PDF/A-3 with its CII XML) when the customer is a business,
 * a plain PDF/A-3 otherwise (a private customer receives no e-invoice; the data stays for e-reporting).
 */
export async function renderInvoicePdf(invoice: NumberedInvoice, brand: DocumentBrand): Promise<Uint8Array> {
  const copy = INVOICE_PDF_COPY[brand.locale];
  const title = `${copy.title[invoice.kind]} ${invoice.number}`;
  const pdf = await renderBrandedDocument(title, brand, invoicePages(invoice, brand), { conformance: 'PDF/A-3b' });
  if (!isBusiness(invoice.customer)) return pdf;
  return embedFacturX(pdf, ciiXml(invoice), {
    title,
    author: invoice.issuer.name,
    subject: `Factur-X EN 16931 ${invoice.number}`,
    at: invoice.issuedAt,
  });
}
