import { Text, View } from '@react-pdf/renderer';
import {
  formatRegisterNumber,
  mandateEndDate,
  type Amendment,
  type Currency,
  type Locale,
  type Mandate,
  type MandateFees,
} from '@estate/domain';
import { createElement as h, type ReactElement } from 'react';
import { BrandedPage, documentStyles, renderBrandedDocument, type DocumentBrand } from '../documents/branded-document';
import { amendmentTitle, MANDATE_COPY, mandatePdfTitle } from './mandate-pdf.copy';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', ru: 'ru-RU', en: 'en-GB' };

function money(amount: number, currency: Currency, locale: Locale): string {
  // Narrow no-break spaces of fr-FR grouping print as boxes in some viewers: plain spaces instead.
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency, maximumFractionDigits: 0 })
    .format(amount)
    .replace(/[\u202f\u00a0]/g, ' ');
}

function day(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** What the mandate PDF prints: the mandate, and the number it has (null for a draft preview). */
export interface MandatePdfInput {
  brand: DocumentBrand;
  currency: Currency;
  mandate: Pick<
    Mandate,
    | 'kind'
    | 'dealType'
    | 'price'
    | 'fees'
    | 'durationMonths'
    | 'startDate'
    | 'delegationConsent'
    | 'signedAtDistance'
    | 'signers'
    | 'propertyReference'
    | 'propertyTitle'
    | 'propertyAddress'
    | 'registerNumber'
  >;
}

function row(styles: ReturnType<typeof documentStyles>, label: string, value: string): ReactElement {
  return h(
    View,
    { style: styles.row, wrap: false },
    h(Text, { style: styles.label }, label),
    h(Text, { style: styles.value }, value),
  );
}

function feesLine(fees: MandateFees, dealType: 'sale' | 'rental', currency: Currency, locale: Locale): string {
  return `${money(fees.amount, currency, locale)}, ${MANDATE_COPY[locale].feesPaidBy[fees.paidBy](dealType)}`;
}

function agencyMentions(brand: DocumentBrand, styles: ReturnType<typeof documentStyles>): ReactElement {
  const copy = MANDATE_COPY[brand.locale];
  const { legal } = brand;
  const missing = copy.notProvided;
  return h(
    View,
    { style: styles.section, wrap: false },
    h(Text, { style: styles.heading }, copy.agencyMentions),
    row(
      styles,
      copy.card,
      legal.professionalCardNumber
        ? `${legal.professionalCardNumber}${legal.cardIssuedBy ? `, ${legal.cardIssuedBy}` : ''}`
        : missing,
    ),
    row(
      styles,
      copy.guarantee,
      legal.guarantor ? `${legal.guarantor}${legal.guaranteeAmount > 0 ? ` (${legal.guaranteeAmount})` : ''}` : missing,
    ),
    row(styles, copy.insurer, legal.insurer || missing),
    row(styles, copy.mediator, legal.mediator || missing),
  );
}

function signatureBlock(
  brand: DocumentBrand,
  signers: MandatePdfInput['mandate']['signers'],
  styles: ReturnType<typeof documentStyles>,
) {
  const copy = MANDATE_COPY[brand.locale];
  return h(
    View,
    { style: styles.section, wrap: false },
    h(Text, { style: styles.heading }, copy.signatures),
    ...signers.map((signer, index) =>
      h(
        View,
        { key: index, style: styles.signatureBox },
        h(Text, null, `${copy.signer} — ${signer.name}`),
        h(Text, null, copy.signedElectronically),
      ),
    ),
  );
}

/** The mandate's pages: terms, the exclusivity and termination clauses in very apparent characters, mentions, signatures, and the withdrawal form when signed at a distance. */
function mandatePages(input: MandatePdfInput): ReactElement[] {
  const { brand, mandate, currency } = input;
  const locale = brand.locale;
  const copy = MANDATE_COPY[locale];
  const styles = documentStyles(brand);
  const number = mandate.registerNumber === null ? null : formatRegisterNumber(mandate.registerNumber);
  const reference = number ? `${copy.registerNumber} ${number}` : copy.draft;
  const end = mandateEndDate(mandate.startDate, mandate.durationMonths);
  const agencyName = brand.company.legalName || brand.agencyName;

  const main = h(
    BrandedPage,
    { brand, reference },
    h(Text, { style: styles.title }, copy.title(mandate.kind, mandate.dealType)),
    h(Text, { style: styles.subtitle }, reference),
    h(
      View,
      { style: styles.section },
      h(Text, { style: styles.heading }, copy.parties),
      row(styles, copy.agency, [agencyName, brand.company.address].filter(Boolean).join(', ')),
      row(styles, copy.mandators, mandate.signers.map((signer) => signer.name).join(', ')),
    ),
    h(
      View,
      { style: styles.section },
      h(Text, { style: styles.heading }, copy.property),
      row(styles, copy.reference, `${mandate.propertyReference} — ${mandate.propertyTitle}`),
      row(styles, copy.address, mandate.propertyAddress),
    ),
    h(
      View,
      { style: styles.section },
      h(Text, { style: styles.heading }, copy.terms),
      row(styles, copy.price(mandate.dealType), money(mandate.price, currency, locale)),
      row(styles, copy.fees, feesLine(mandate.fees, mandate.dealType, currency, locale)),
      row(
        styles,
        copy.duration,
        `${copy.months(mandate.durationMonths)}, ${copy.from} ${day(mandate.startDate, locale)} ${copy.until} ${day(end, locale)}`,
      ),
      row(styles, copy.delegation, mandate.delegationConsent ? copy.delegationYes : copy.delegationNo),
    ),
    mandate.kind === 'simple'
      ? h(Text, { style: styles.paragraph }, copy.simpleClause)
      : h(
          View,
          { wrap: false },
          h(Text, { style: styles.apparent }, copy.exclusivity[mandate.kind]),
          h(Text, { style: styles.apparent }, copy.termination),
        ),
    h(Text, { style: styles.paragraph }, copy.registerMention),
    agencyMentions(brand, styles),
    signatureBlock(brand, mandate.signers, styles),
  );
  if (!mandate.signedAtDistance) return [main];
  const withdrawal = h(
    BrandedPage,
    { brand, reference },
    h(Text, { style: styles.title }, copy.withdrawalTitle),
    ...copy.withdrawal.map((text, index) => h(Text, { key: index, style: styles.paragraph }, text)),
    h(
      View,
      {
        style: [
          styles.section,
          { borderWidth: 1, borderStyle: 'dashed', borderColor: '#777777', padding: 10, marginTop: 12 },
        ],
      },
      h(Text, { style: styles.heading }, copy.withdrawalFormTitle),
      ...copy
        .withdrawalForm([agencyName, brand.company.address, brand.company.email].filter(Boolean).join(', '))
        .map((text, index) => h(Text, { key: index, style: [styles.paragraph, { marginBottom: 10 }] }, text)),
    ),
  );
  return [main, withdrawal];
}

export function renderMandatePdf(input: MandatePdfInput): Promise<Buffer> {
  return renderBrandedDocument(mandatePdfTitle(input.brand.locale, input.mandate), input.brand, mandatePages(input));
}

export interface AmendmentPdfInput {
  brand: DocumentBrand;
  currency: Currency;
  mandate: MandatePdfInput['mandate'] & { registerNumber: number };
  amendment: Pick<Amendment, 'sequence' | 'changes' | 'before'>;
}

export function renderAmendmentPdf(input: AmendmentPdfInput): Promise<Buffer> {
  const { brand, mandate, amendment, currency } = input;
  const locale = brand.locale;
  const copy = MANDATE_COPY[locale];
  const styles = documentStyles(brand);
  const number = formatRegisterNumber(mandate.registerNumber);
  const { changes, before } = amendment;
  const lines: ReactElement[] = [];
  const change = (label: string, from: string, to: string) =>
    lines.push(row(styles, label, `${copy.before}: ${from} — ${copy.after}: ${to}`));
  if (changes.price !== null)
    change(copy.price(mandate.dealType), money(before.price, currency, locale), money(changes.price, currency, locale));
  if (changes.durationMonths !== null)
    change(copy.duration, copy.months(before.durationMonths), copy.months(changes.durationMonths));
  if (changes.fees !== null) {
    change(
      copy.fees,
      feesLine(before.fees, mandate.dealType, currency, locale),
      feesLine(changes.fees, mandate.dealType, currency, locale),
    );
  }
  const page = h(
    BrandedPage,
    { brand, reference: `${copy.registerNumber} ${number}` },
    h(Text, { style: styles.title }, copy.amendmentTitle(amendment.sequence)),
    h(Text, { style: styles.subtitle }, `${copy.amendmentOf(number)} — ${copy.title(mandate.kind, mandate.dealType)}`),
    h(
      View,
      { style: styles.section },
      h(Text, { style: styles.heading }, copy.parties),
      row(styles, copy.agency, brand.company.legalName || brand.agencyName),
      row(styles, copy.mandators, mandate.signers.map((signer) => signer.name).join(', ')),
      row(styles, copy.property, `${mandate.propertyReference} — ${mandate.propertyAddress}`),
    ),
    h(Text, { style: styles.paragraph }, copy.amendmentIntro),
    h(View, { style: styles.section }, ...lines),
    h(Text, { style: styles.paragraph }, copy.amendmentRest),
    agencyMentions(brand, styles),
    signatureBlock(brand, mandate.signers, styles),
  );
  return renderBrandedDocument(amendmentTitle(locale, mandate.registerNumber, amendment.sequence), brand, [page]);
}
