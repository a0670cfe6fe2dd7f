import { formatRegisterNumber, type RegisterLine } from '@estate/domain';
import type * as Excel from 'exceljs';

type ExcelModule = typeof Excel;

/** exceljs weighs a megabyte: loaded only when the register is exported. */
async function loadExcel(): Promise<ExcelModule> {
  const loaded: ExcelModule & { default?: ExcelModule } = await import('exceljs');
  return loaded.default ?? loaded;
}

export interface RegisterColumns {
  headers: readonly string[];
  row: (line: RegisterLine) => readonly (string | number)[];
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');

/** The register's columns, as the page and both exports show them (labels from the caller's language). */
export function registerColumns(labels: {
  number: string;
  registeredAt: string;
  kind: string;
  dealType: string;
  mandators: string;
  property: string;
  address: string;
  price: string;
  fees: string;
  start: string;
  end: string;
  agent: string;
  status: string;
  observations: string;
  kindOf: (line: RegisterLine) => string;
  dealTypeOf: (line: RegisterLine) => string;
  statusOf: (line: RegisterLine) => string;
  agentOf: (line: RegisterLine) => string;
}): RegisterColumns {
  return {
    headers: [
      labels.number,
      labels.registeredAt,
      labels.kind,
      labels.dealType,
      labels.mandators,
      labels.property,
      labels.address,
      labels.price,
      labels.fees,
      labels.start,
      labels.end,
      labels.agent,
      labels.status,
      labels.observations,
    ],
    row: (line) => [
      formatRegisterNumber(line.number),
      day(line.registeredAt),
      labels.kindOf(line),
      labels.dealTypeOf(line),
      line.mandators.join(', '),
      line.propertyReference,
      line.propertyAddress,
      line.price,
      line.feesAmount,
      day(line.startDate),
      day(line.endDate),
      labels.agentOf(line),
      labels.statusOf(line),
      line.observations.join(' | '),
    ],
  };
}

export async function registerXlsx(
  sheetName: string,
  columns: RegisterColumns,
  lines: readonly RegisterLine[],
): Promise<Blob> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow([...columns.headers]);
  for (const line of lines) sheet.addRow([...columns.row(line)]);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 18;
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
