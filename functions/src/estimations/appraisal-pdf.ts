import { StyleSheet, Text, View } from '@react-pdf/renderer';
import {
  pricePerSquareMetre,
  summariseComparables,
  type Currency,
  type Estimation,
  type Locale,
  type Property,
} from '@estate/domain';
import { createElement as h, type ReactElement } from 'react';
import { BrandedPage, documentStyles, renderBrandedDocument, type DocumentBrand } from '../documents/branded-document';
import { APPRAISAL_COPY } from './appraisal-pdf.copy';

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

function isoDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'short', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** What the appraisal prints: the property as the agency describes it and the estimation. */
export interface AppraisalPdfInput {
  brand: DocumentBrand;
  currency: Currency;
  property: Pick<
    Property,
    'reference' | 'title' | 'propertyType' | 'address' | 'surface' | 'rooms' | 'bedrooms' | 'yearBuilt' | 'dpe'
  >;
  estimation: Pick<Estimation, 'low' | 'high' | 'method' | 'comparables' | 'notes' | 'createdByName' | 'updatedAt'>;
}

function appraisalTitle(locale: Locale, reference: string): string {
  return `${APPRAISAL_COPY[locale].title} ${reference}`;
}

const tableStyles = StyleSheet.create({
  table: { borderTopWidth: 0.5, borderTopColor: '#999999', marginTop: 2 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#dddddd', paddingVertical: 2 },
  head: { fontWeight: 'bold' },
  date: { width: '13%' },
  address: { width: '39%', paddingRight: 4 },
  kind: { width: '12%' },
  surface: { width: '8%', textAlign: 'right' },
  price: { width: '14%', textAlign: 'right' },
  perMetre: { width: '14%', textAlign: 'right' },
  range: { fontSize: 16, fontWeight: 'bold', marginVertical: 4 },
  small: { fontSize: 7.5, color: '#555555', marginTop: 6 },
});

function appraisalPage(input: AppraisalPdfInput): ReactElement {
  const { brand, currency, property, estimation } = input;
  const locale = brand.locale;
  const copy = APPRAISAL_COPY[locale];
  const styles = documentStyles(brand);
  const price = (amount: number) => money(amount, currency, locale);
  const row = (label: string, value: string) =>
    h(
      View,
      { style: styles.row, wrap: false },
      h(Text, { style: styles.label }, label),
      h(Text, { style: styles.value }, value),
    );
  const address = [property.address.street, `${property.address.postalCode} ${property.address.city}`.trim()]
    .filter((part) => part !== '')
    .join(', ');
  const energy = [property.dpe.energyClass, property.dpe.climateClass].every((value) => value === null)
    ? null
    : `${property.dpe.energyClass ?? '—'} / ${property.dpe.climateClass ?? '—'}`;
  const summary = summariseComparables(estimation.comparables);
  const cells = (values: string[], head = false) =>
    h(
      View,
      { style: [tableStyles.row, head ? tableStyles.head : {}], wrap: false },
      h(Text, { style: tableStyles.date }, values[0]),
      h(Text, { style: tableStyles.address }, values[1]),
      h(Text, { style: tableStyles.kind }, values[2]),
      h(Text, { style: tableStyles.surface }, values[3]),
      h(Text, { style: tableStyles.price }, values[4]),
      h(Text, { style: tableStyles.perMetre }, values[5]),
    );

  return h(
    BrandedPage,
    { brand, reference: property.reference },
    h(Text, { style: styles.title }, copy.title),
    h(
      Text,
      { style: styles.subtitle },
      `${property.reference} · ${property.title}\n${copy.preparedBy(estimation.createdByName || brand.agencyName, day(estimation.updatedAt, locale))}`,
    ),
    h(
      View,
      { style: styles.section },
      h(Text, { style: styles.heading }, copy.property),
      row(copy.kind, copy.kinds[property.propertyType]),
      address ? row(copy.address, address) : null,
      property.surface !== null ? row(copy.surface, `${property.surface} m²`) : null,
      property.rooms !== null ? row(copy.rooms, String(property.rooms)) : null,
      property.bedrooms !== null ? row(copy.bedrooms, String(property.bedrooms)) : null,
      property.yearBuilt !== null ? row(copy.yearBuilt, String(property.yearBuilt)) : null,
      energy ? row(copy.energy, energy) : null,
    ),
    h(
      View,
      { style: styles.section, wrap: false },
      h(Text, { style: styles.heading }, copy.value),
      h(Text, { style: tableStyles.range }, copy.range(price(estimation.low), price(estimation.high))),
      row(copy.method, copy.methods[estimation.method]),
    ),
    h(
      View,
      { style: styles.section },
      h(Text, { style: styles.heading }, copy.comparables),
      estimation.comparables.length === 0
        ? h(Text, { style: styles.paragraph }, copy.noComparables)
        : h(
            View,
            { style: tableStyles.table },
            cells(
              [
                copy.columns.date,
                copy.columns.address,
                copy.columns.kind,
                copy.columns.surface,
                copy.columns.price,
                copy.columns.perMetre,
              ],
              true,
            ),
            ...estimation.comparables.map((sale) =>
              cells([
                isoDay(sale.date, locale),
                [sale.address, `${sale.postalCode} ${sale.city}`.trim()].filter((part) => part !== '').join(', '),
                sale.kind ? copy.comparableKinds[sale.kind] : '—',
                String(sale.surface),
                price(sale.price),
                price(pricePerSquareMetre(sale)),
              ]),
            ),
          ),
      summary
        ? h(
            Text,
            { style: [styles.paragraph, { marginTop: 4 }] },
            copy.summary(
              price(summary.median),
              price(summary.lowerQuartile),
              price(summary.upperQuartile),
              summary.count,
            ),
          )
        : null,
    ),
    estimation.notes
      ? h(
          View,
          { style: styles.section },
          h(Text, { style: styles.heading }, copy.notes),
          h(Text, { style: styles.paragraph }, estimation.notes),
        )
      : null,
    estimation.comparables.some((sale) => sale.source === 'dvf')
      ? h(Text, { style: tableStyles.small }, copy.dvfSource)
      : null,
    h(Text, { style: tableStyles.small }, copy.disclaimer),
  );
}

/** The appraisal as PDF bytes, in the tenant's branding and language. */
export function renderAppraisalPdf(input: AppraisalPdfInput): Promise<Buffer> {
  return renderBrandedDocument(appraisalTitle(input.brand.locale, input.property.reference), input.brand, [
    appraisalPage(input),
  ]);
}
