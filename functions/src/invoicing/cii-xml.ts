import {
  invoiceTotals,
  RECOVERY_INDEMNITY_CENTS,
  type Invoice,
  type InvoiceParty,
  type VatBreakdown,
} from '@estate/domain';

/**
 * The Cross Industry Invoice XML of an invoice, in Factur-X's EN 16931 profile: what a Factur-X PDF
 * embeds as `factur-x.xml`. Elements are written in the order the XSD fixes; only what our invoices
 * hold is written (docs/architecture.md, "Invoicing and commissions").
 */
export type NumberedInvoice = Invoice & { number: string; issuedAt: Date; dueAt: Date };

/** UNTDID 1001: a commercial invoice, a credit note, a self-billed invoice. */
export function typeCode(invoice: Pick<Invoice, 'kind' | 'selfBilled'>): '380' | '381' | '389' {
  if (invoice.kind === 'credit-note') return '381';
  return invoice.selfBilled ? '389' : '380';
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const amount = (cents: number) => (cents / 100).toFixed(2);

/** `YYYYMMDD` (format 102) of the day in Paris. */
function day(at: Date): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value;
  return `${part('year')}${part('month')}${part('day')}`;
}

const dateElement = (tag: string, at: Date, namespace = 'udt') =>
  `<ram:${tag}><${namespace}:DateTimeString format="102">${day(at)}</${namespace}:DateTimeString></ram:${tag}>`;

function party(tag: 'SellerTradeParty' | 'BuyerTradeParty', subject: InvoiceParty): string {
  const legal = subject.siren
    ? `<ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">${subject.siren}</ram:ID></ram:SpecifiedLegalOrganization>`
    : '';
  const address = `<ram:PostalTradeAddress><ram:PostcodeCode>${escape(subject.address.postalCode)}</ram:PostcodeCode><ram:LineOne>${escape(subject.address.street)}</ram:LineOne><ram:CityName>${escape(subject.address.city)}</ram:CityName><ram:CountryID>${subject.address.country}</ram:CountryID></ram:PostalTradeAddress>`;
  const electronic = subject.email
    ? `<ram:URIUniversalCommunication><ram:URIID schemeID="EM">${escape(subject.email)}</ram:URIID></ram:URIUniversalCommunication>`
    : '';
  const vat = subject.vatNumber
    ? `<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">${subject.vatNumber}</ram:ID></ram:SpecifiedTaxRegistration>`
    : // A seller without a VAT number (an agent under the VAT franchise) gives its SIREN as tax registration (BT-32).
      subject.siren && tag === 'SellerTradeParty'
      ? `<ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">${subject.siren}</ram:ID></ram:SpecifiedTaxRegistration>`
      : '';
  return `<ram:${tag}><ram:Name>${escape(subject.name)}</ram:Name>${legal}${address}${electronic}${vat}</ram:${tag}>`;
}

/** The notes French invoices to businesses carry: the issuer's mentions, self-billing, late-payment terms. */
function notes(invoice: NumberedInvoice): string {
  const entries: { text: string; subject: string }[] = invoice.issuer.mentions
    .filter((mention) => mention.length > 0)
    .map((text) => ({ text, subject: 'REG' }));
  if (invoice.selfBilled) entries.push({ text: 'Autofacturation', subject: 'AAI' });
  entries.push({
    text: `Pénalités de retard : ${invoice.terms.latePenaltyPercent.toLocaleString('fr-FR')} % l'an`,
    subject: 'PMD',
  });
  entries.push({
    text: `Indemnité forfaitaire pour frais de recouvrement : ${amount(RECOVERY_INDEMNITY_CENTS)} EUR`,
    subject: 'PMT',
  });
  entries.push({ text: "Pas d'escompte pour paiement anticipé", subject: 'AAB' });
  return entries
    .map(
      (entry) =>
        `<ram:IncludedNote><ram:Content>${escape(entry.text)}</ram:Content><ram:SubjectCode>${entry.subject}</ram:SubjectCode></ram:IncludedNote>`,
    )
    .join('');
}

function lineItems(invoice: NumberedInvoice, lineNetCents: readonly number[]): string {
  return invoice.lines
    .map((line, index) => {
      const rate = line.vat.category === 'S' ? line.vat.ratePercent : 0;
      return `<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>${index + 1}</ram:LineID></ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>${escape(line.description)}</ram:Name></ram:SpecifiedTradeProduct><ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>${amount(line.unitPriceCents)}</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">${line.quantity}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery><ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>${line.vat.category}</ram:CategoryCode><ram:RateApplicablePercent>${rate.toFixed(2)}</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${amount(lineNetCents[index]!)}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>`;
    })
    .join('');
}

function vatBreakdown(groups: readonly VatBreakdown[]): string {
  return groups
    .map((group) => {
      const reason = group.exemptionReason
        ? `<ram:ExemptionReason>${escape(group.exemptionReason)}</ram:ExemptionReason>`
        : '';
      return `<ram:ApplicableTradeTax><ram:CalculatedAmount>${amount(group.taxCents)}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>${reason}<ram:BasisAmount>${amount(group.taxableCents)}</ram:BasisAmount><ram:CategoryCode>${group.category}</ram:CategoryCode><ram:RateApplicablePercent>${group.ratePercent.toFixed(2)}</ram:RateApplicablePercent></ram:ApplicableTradeTax>`;
    })
    .join('');
}

/**
 * Credit transfer to the issuer's IBAN when it has one (UNTDID 4461 code 58, SEPA); otherwise the
 * means are left to the parties (code 1), since a transfer without an account breaks BR-61.
 */
function paymentMeans(invoice: NumberedInvoice): string {
  if (!invoice.terms.iban)
    return '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>1</ram:TypeCode></ram:SpecifiedTradeSettlementPaymentMeans>';
  return `<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>${escape(invoice.terms.iban)}</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>`;
}

export function ciiXml(invoice: NumberedInvoice): string {
  // From the lines again, as the validator will: the stored totals were computed the same way.
  const totals = invoiceTotals(invoice.lines);
  const corrected = invoice.corrects
    ? `<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>${escape(invoice.corrects.number)}</ram:IssuerAssignedID>${dateElement(
        'FormattedIssueDateTime',
        invoice.corrects.issuedAt,
        'qdt',
      )}</ram:InvoiceReferencedDocument>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>${escape(invoice.number)}</ram:ID><ram:TypeCode>${typeCode(invoice)}</ram:TypeCode>${dateElement('IssueDateTime', invoice.issuedAt)}${notes(invoice)}</rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>${lineItems(invoice, totals.lineNetCents)}<ram:ApplicableHeaderTradeAgreement>${party('SellerTradeParty', invoice.issuer)}${party('BuyerTradeParty', invoice.customer)}</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent>${dateElement('OccurrenceDateTime', invoice.issuedAt)}</ram:ActualDeliverySupplyChainEvent></ram:ApplicableHeaderTradeDelivery><ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>${invoice.currency}</ram:InvoiceCurrencyCode>${paymentMeans(invoice)}${vatBreakdown(totals.vat)}<ram:SpecifiedTradePaymentTerms>${dateElement('DueDateDateTime', invoice.dueAt)}</ram:SpecifiedTradePaymentTerms><ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>${amount(totals.netCents)}</ram:LineTotalAmount><ram:TaxBasisTotalAmount>${amount(totals.netCents)}</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="${invoice.currency}">${amount(totals.vatCents)}</ram:TaxTotalAmount><ram:GrandTotalAmount>${amount(totals.grossCents)}</ram:GrandTotalAmount><ram:DuePayableAmount>${amount(totals.grossCents)}</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>${corrected}</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
`;
}
