import type * as Excel from 'exceljs';

type ExcelModule = typeof Excel;

/** exceljs weighs a megabyte: loaded only when the report is exported. */
async function loadExcel(): Promise<ExcelModule> {
  const loaded: ExcelModule & { default?: ExcelModule } = await import('exceljs');
  return loaded.default ?? loaded;
}

/** The report as the screen shows it: a header row, a row per bank, a total row. */
export async function reportXlsx(
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): Promise<Blob> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(rows.length + 1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 28 : 14;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

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
