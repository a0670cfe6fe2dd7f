import { decodeText, detectTextEncoding, parseCsv, toCsv, type Locale } from '@estate/domain';
import type * as Excel from 'exceljs';

type ExcelModule = typeof Excel;

/** exceljs is about a megabyte: loaded only when a file is read or written. */
async function loadExcel(): Promise<ExcelModule> {
  const loaded: ExcelModule & { default?: ExcelModule } = await import('exceljs');
  return loaded.default ?? loaded;
}

export const UNIT_FILE_MAX_BYTES = 10 * 1024 * 1024;

export type UnitFileKind = 'csv' | 'xlsx';

export function unitFileKind(name: string): UnitFileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/** A file's records (row n at index n - 1): an xlsx's first sheet, or a CSV in its detected encoding. */
export async function readUnitFile(file: File): Promise<string[][]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (unitFileKind(file.name) === 'csv') return parseCsv(decodeText(bytes, detectTextEncoding(bytes)));
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.buffer);
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
export function unitsCsvBlob(records: readonly (readonly string[])[], locale: Locale): Blob {
  return new Blob([toCsv(records, locale === 'en' ? ',' : ';')], { type: 'text/csv;charset=utf-8' });
}

export async function unitsXlsxBlob(sheetName: string, records: readonly (readonly string[])[]): Promise<Blob> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  for (const record of records) sheet.addRow([...record]);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 14;
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
