import { Text, View } from '@react-pdf/renderer';
import type { Currency, Locale, Offer } from '@estate/domain';
import { createElement as h, type ReactElement } from 'react';
import { BrandedPage, documentStyles, renderBrandedDocument, type DocumentBrand } from '../documents/branded-document';
import { OFFER_COPY, offerMoney, offerPdfTitle } from './offer-pdf.copy';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', ru: 'ru-RU', en: 'en-GB' };

/** A calendar day as the offer prints it (its validity). */
function offerDay(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export interface OfferPdfInput {
  brand: DocumentBrand;
  currency: Currency;
  offer: Pick<
    Offer,
    | 'round'
    | 'buyers'
    | 'propertyReference'
    | 'propertyTitle'
    | 'propertyAddress'
    | 'amount'
    | 'conditions'
    | 'financing'
    | 'validUntil'
  >;
}

function offerPage(input: OfferPdfInput): ReactElement {
  const { brand, currency, offer } = input;
  const locale = brand.locale;
  const copy = OFFER_COPY[locale];
  const styles = documentStyles(brand);
  const money = (amount: number) => offerMoney(amount, currency, locale);
  const row = (label: string, value: string) =>
    h(
      View,
      { style: styles.row, wrap: false },
      h(Text, { style: styles.label }, label),
      h(Text, { style: styles.value }, value),
    );
  const loan = offer.conditions.loan;
  const rate = loan
    ? new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 }).format(loan.ratePercent)
    : '';
  return h(
    BrandedPage,
    { brand, reference: offer.propertyReference },
    h(Text, { style: styles.title }, offer.round > 1 ? copy.counterTitle(offer.round) : copy.title),
    h(Text, { style: styles.subtitle }, `${offer.propertyReference} · ${offer.propertyTitle}`),
    h(
      View,
      { style: styles.section },
      h(Text, { style: styles.heading }, copy.parties),
      row(copy.buyers, offer.buyers.map((buyer) => buyer.name).join(', ')),
      row(
        copy.property,
        [offer.propertyReference, offer.propertyTitle, offer.propertyAddress].filter(Boolean).join(' — '),
      ),
      row(copy.agency, brand.company.legalName || brand.agencyName),
    ),
    h(Text, { style: styles.paragraph }, offer.round > 1 ? copy.counterIntro : copy.intro),
    h(
      View,
      { style: styles.section },
      h(Text, { style: styles.heading }, copy.price),
      h(Text, { style: styles.apparent }, `${copy.amount} : ${money(offer.amount)}`),
    ),
    h(
      View,
      { style: styles.section },
      h(Text, { style: styles.heading }, copy.conditions),
      h(
        Text,
        { style: styles.paragraph },
        loan ? copy.loan(money(loan.amount), rate, loan.durationMonths) : copy.noLoan,
      ),
      ...offer.conditions.other.map((condition, index) =>
        h(Text, { key: index, style: styles.paragraph }, `• ${condition}`),
      ),
    ),
    h(
      View,
      { style: styles.section },
      h(Text, { style: styles.heading }, copy.financing),
      row(copy.ownFunds, money(offer.financing.ownFunds)),
      row(copy.loanAmount, money(offer.financing.loanAmount)),
    ),
    h(Text, { style: styles.paragraph }, copy.validity(offerDay(offer.validUntil, locale))),
    h(Text, { style: styles.paragraph }, copy.legal),
    h(
      View,
      { style: styles.section, wrap: false },
      h(Text, { style: styles.heading }, copy.signatures),
      ...offer.buyers.map((buyer, index) =>
        h(View, { key: index, style: styles.signatureBox }, h(Text, null, `${buyer.name} — ${copy.readAndApproved}`)),
      ),
    ),
  );
}

/** The offer as PDF bytes, in the tenant's branding and language. */
export function renderOfferPdf(input: OfferPdfInput): Promise<Buffer> {
  return renderBrandedDocument(offerPdfTitle(input.brand.locale, input.offer), input.brand, [offerPage(input)]);
}
