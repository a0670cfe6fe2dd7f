import { Text, View } from '@react-pdf/renderer';
import { formatRegisterNumber, type Locale, type RegisterLine } from '@estate/domain';
import { createElement as h, type ReactElement } from 'react';
import { BrandedPage, documentStyles, renderBrandedDocument, type DocumentBrand } from '../documents/branded-document';

const COPY: Record<
  Locale,
  {
    title: string;
    columns: string[];
    kinds: Record<RegisterLine['kind'], string>;
    statuses: Record<RegisterLine['status'], string>;
  }
> = {
  fr: {
    title: 'Registre des mandats',
    columns: [
      'N°',
      'Inscrit le',
      'Mandat',
      'Mandants',
      'Bien',
      'Prix',
      'Honoraires',
      'Début – fin',
      'État',
      'Observations',
    ],
    kinds: { simple: 'Simple', exclusive: 'Exclusif', 'semi-exclusive': 'Semi-exclusif' },
    statuses: {
      sent: 'En signature',
      signed: 'Signé',
      declined: 'Refusé',
      expired: 'Expiré',
      cancelled: 'Annulé',
      ended: 'Terminé',
    },
  },
  ru: {
    title: 'Реестр поручений',
    columns: [
      '№',
      'Внесено',
      'Поручение',
      'Доверители',
      'Объект',
      'Цена',
      'Вознагр.',
      'Начало – конец',
      'Статус',
      'Примечания',
    ],
    kinds: { simple: 'Простое', exclusive: 'Эксклюзивное', 'semi-exclusive': 'Полуэксклюзивное' },
    statuses: {
      sent: 'На подписи',
      signed: 'Подписано',
      declined: 'Отклонено',
      expired: 'Истекло',
      cancelled: 'Отменено',
      ended: 'Завершено',
    },
  },
  en: {
    title: 'Register of mandates',
    columns: [
      'No.',
      'Registered',
      'Mandate',
      'Principals',
      'Property',
      'Price',
      'Fees',
      'Start – end',
      'Status',
      'Observations',
    ],
    kinds: { simple: 'Simple', exclusive: 'Exclusive', 'semi-exclusive': 'Semi-exclusive' },
    statuses: {
      sent: 'Out for signature',
      signed: 'Signed',
      declined: 'Declined',
      expired: 'Expired',
      cancelled: 'Cancelled',
      ended: 'Ended',
    },
  },
};

const WIDTHS = ['6%', '8%', '9%', '15%', '14%', '8%', '7%', '12%', '8%', '13%'];
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The register as a PDF, one row per line in number order, on the agency's branded pages. */
export function renderRegisterPdf(
  brand: DocumentBrand,
  lines: readonly RegisterLine[],
  exportedAt: Date,
): Promise<Buffer> {
  const copy = COPY[brand.locale];
  const styles = documentStyles(brand);
  const cell = (text: string, index: number, bold = false): ReactElement =>
    h(
      Text,
      {
        key: index,
        style: { width: WIDTHS[index], paddingRight: 3, fontSize: 7.5, fontWeight: bold ? 'bold' : 'normal' },
      },
      text,
    );
  const header = h(
    View,
    {
      style: {
        flexDirection: 'row',
        borderBottomWidth: 1,
        borderBottomColor: brand.branding.primaryColor,
        paddingBottom: 3,
      },
      fixed: true,
    },
    ...copy.columns.map((column, index) => cell(column, index, true)),
  );
  const rows = lines.map((line) =>
    h(
      View,
      {
        key: line.number,
        style: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#dddddd', paddingVertical: 3 },
        wrap: false,
      },
      ...[
        formatRegisterNumber(line.number),
        day(line.registeredAt),
        `${copy.kinds[line.kind]} (${line.dealType === 'sale' ? 'V' : 'L'})`,
        line.mandators.join(', '),
        `${line.propertyReference} ${line.propertyAddress}`,
        String(line.price),
        String(line.feesAmount),
        `${day(line.startDate)} – ${day(line.endDate)}`,
        copy.statuses[line.status],
        line.observations.join('; '),
      ].map((text, index) => cell(text, index)),
    ),
  );
  const page = h(
    BrandedPage,
    { brand, reference: copy.title },
    h(Text, { style: styles.title }, copy.title),
    h(Text, { style: styles.subtitle }, day(exportedAt)),
    header,
    ...rows,
  );
  return renderBrandedDocument(copy.title, brand, [page]);
}
