import {
  IMPORT_COLUMN_HEADERS,
  type DuplicateMatch,
  type HeaderMap,
  type ImportColumn,
  type ImportRowError,
  type ImportRowResult,
  type Locale,
} from '@estate/domain';
import type { TFunction } from 'i18next';

/** The column's name as the user's language heads it, or '' for a row-wide error. */
export function columnLabel(column: ImportRowError['column'], locale: Locale): string {
  return column ? IMPORT_COLUMN_HEADERS[locale][column] : '';
}

export function describeRowError(t: TFunction, error: ImportRowError): string {
  return t(`contactImport.errorCodes.${error.code}`, { value: error.value ?? '' });
}

export function describeMatch(t: TFunction, match: DuplicateMatch): string {
  return match.contactId ? match.displayName : t('contactImport.hiddenMatch');
}

/** Who a row of the file is, as its name cells say, even when the row cannot be read as a contact. */
export function rowName(values: Readonly<Record<string, string>>, headerMap: HeaderMap): string {
  const cell = (column: ImportColumn) =>
    Object.entries(headerMap)
      .filter(([, mapped]) => mapped === column)
      .map(([header]) => (values[header] ?? '').trim())
      .find((value) => value !== '') ?? '';
  const person = `${cell('firstName')} ${cell('lastName')}`.trim() || cell('name');
  const company = cell('companyName');
  return company && person ? `${company} (${person})` : company || person;
}

/** Where a matching contact opens in the app. */
export function contactLink(contactId: string): string {
  return `/clients?contact=${encodeURIComponent(contactId)}`;
}

/** The report as spreadsheet records: one line per error and per match, one per imported row. */
export function reportRecords(
  t: TFunction,
  locale: Locale,
  results: readonly ImportRowResult[],
  names: ReadonlyMap<number, string>,
): string[][] {
  const header = [
    t('contactImport.reportHeaders.row'),
    t('contactImport.reportHeaders.name'),
    t('contactImport.reportHeaders.status'),
    t('contactImport.reportHeaders.column'),
    t('contactImport.reportHeaders.reason'),
    t('contactImport.reportHeaders.match'),
    t('contactImport.reportHeaders.contactId'),
  ];
  const lines: string[][] = [header];
  for (const result of results) {
    const status = t(`contactImport.statuses.${result.status}`);
    const row = String(result.row);
    const name = names.get(result.row) ?? '';
    if (result.errors?.length) {
      for (const error of result.errors) {
        lines.push([row, name, status, columnLabel(error.column, locale), describeRowError(t, error), '', '']);
      }
    } else if (result.matches?.length) {
      for (const match of result.matches) {
        lines.push([row, name, status, '', '', describeMatch(t, match), result.contactId ?? match.contactId]);
      }
    } else {
      lines.push([row, name, status, '', '', '', result.contactId ?? '']);
    }
  }
  return lines;
}
