import { decodeText, parseCsv, toCsv, type CsvSeparator, type Locale, type TextEncoding } from '@estate/domain';
import type * as Excel from 'exceljs';

type ExcelModule = typeof Excel;

/** exceljs is about a megabyte: loaded only when a file is read or written, never with the first screen. */
async function loadExcel(): Promise<ExcelModule> {
  const loaded: ExcelModule & { default?: ExcelModule } = await import('exceljs');
  return loaded.default ?? loaded;
}

export const SPREADSHEET_MAX_BYTES = 10 * 1024 * 1024;

/** What the import reads: CSV and xlsx spreadsheets (not the old binary `.xls`), and vCard files. */
export type ContactFileKind = 'csv' | 'xlsx' | 'vcard';

export function contactFileKind(name: string): ContactFileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.vcf') || lower.endsWith('.vcard')) return 'vcard';
  return null;
}

/** The vCard reader and writer (ical.js) load only when a vCard is read or written. */
export function loadVCard() {
  return import('@estate/domain/vcard');
}

/**
 * A text file's records: CSV parsed, a vCard's cards read into a table. The encoding is the one
 * detected unless the user chose another on the mapping screen.
 */
export async function readTextRecords(
  bytes: Uint8Array,
  kind: Exclude<ContactFileKind, 'xlsx'>,
  encoding: TextEncoding,
): Promise<string[][]> {
  const text = decodeText(bytes, encoding);
  if (kind === 'csv') return parseCsv(text);
  const { readVCards } = await loadVCard();
  return readVCards(text);
}

/** The first sheet of an xlsx as rows of cell texts (row n at index n - 1). */
export async function readXlsx(bytes: ArrayBuffer): Promise<string[][]> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(row.getCell(column).text.trim());
    records[rowNumber - 1] = cells;
  });
  return Array.from({ length: records.length }, (_, index) => records[index] ?? []);
}

/** French and Russian Excel split CSV fields on `;`, English Excel on `,`. */
function csvSeparatorFor(locale: Locale): CsvSeparator {
  return locale === 'en' ? ',' : ';';
}

export function csvBlob(records: readonly (readonly string[])[], locale: Locale | CsvSeparator): Blob {
  const separator =
    locale === ',' || locale === ';' || locale === '\t' || locale === '|' ? locale : csvSeparatorFor(locale);
  return new Blob([toCsv(records, separator)], { type: 'text/csv;charset=utf-8' });
}

export function vcardBlob(text: string): Blob {
  return new Blob([text], { type: 'text/vcard;charset=utf-8' });
}

export async function xlsxBlob(sheetName: string, records: readonly (readonly string[])[]): Promise<Blob> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const record of records) sheet.addRow([...record]);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Saves a file the browser's way: a temporary link to the blob, clicked. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `contacts-2026-11-25.xlsx`: the day in the file name, so successive exports do not overwrite each other. */
export function datedFileName(base: string, extension: 'csv' | 'xlsx' | 'vcf', now = new Date()): string {
  return `${base}-${now.toISOString().slice(0, 10)}.${extension}`;
}
