import { parseCsv, toCsv, type CsvSeparator, type Locale } from '@estate/domain';
import type * as Excel from 'exceljs';

type ExcelModule = typeof Excel;

/** exceljs is about a megabyte: loaded only when a file is read or written, never with the first screen. */
async function loadExcel(): Promise<ExcelModule> {
  const loaded: ExcelModule & { default?: ExcelModule } = await import('exceljs');
  return loaded.default ?? loaded;
}

export const SPREADSHEET_MAX_BYTES = 10 * 1024 * 1024;

function isXlsx(file: File): boolean {
  return file.name.toLowerCase().endsWith('.xlsx');
}

/** What the import reads: `.csv` and `.xlsx` (not the old binary `.xls`). */
export function isSpreadsheet(file: File): boolean {
  return isXlsx(file) || file.name.toLowerCase().endsWith('.csv');
}

/**
 * A CSV's text: UTF-8 when it is (with or without a byte order mark), otherwise Windows-1252, the
 * code page French Excel saves "CSV (séparateur : point-virgule)" in.
 */
function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The first sheet of an xlsx, or the records of a CSV, as rows of cell texts (row n at index n - 1). */
export async function readSpreadsheet(file: File): Promise<string[][]> {
  const bytes = await file.arrayBuffer();
  if (!isXlsx(file)) return parseCsv(decodeCsv(bytes));
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

export function csvBlob(records: readonly (readonly string[])[], locale: Locale): Blob {
  return new Blob([toCsv(records, csvSeparatorFor(locale))], { type: 'text/csv;charset=utf-8' });
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
export function datedFileName(base: string, extension: 'csv' | 'xlsx', now = new Date()): string {
  return `${base}-${now.toISOString().slice(0, 10)}.${extension}`;
}
