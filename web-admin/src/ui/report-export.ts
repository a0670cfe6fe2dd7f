import type * as Excel from 'exceljs';

type ExcelModule = typeof Excel;
export type Cell = string | number | null;

/** exceljs weighs a megabyte: loaded only when a report is exported. */
async function loadExcel(): Promise<ExcelModule> {
  const loaded: ExcelModule & { default?: ExcelModule } = await import('exceljs');
  return loaded.default ?? loaded;
}

/**
 * One sheet: a bold, frozen header row, then the rows as shown on screen (numbers stay numbers);
 * `totalRow` makes the last row bold too.
 */
export async function reportXlsx(
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: { totalRow?: boolean; firstColumnWidth?: number } = {},
): Promise<Blob> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  if (options.totalRow) sheet.getRow(rows.length + 1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? (options.firstColumnWidth ?? 24) : 16;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Saves a file made in the page under its name (the browser's download). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
