// The browser side of the import benchmark (bundled by import-bench.ts with esbuild): what the admin
// app's import dialog does with a dropped CSV before anything is sent, on the same domain code.
import {
  contactMatchKeys,
  decodeText,
  detectImportLayout,
  detectTextEncoding,
  mapImportRow,
  parseCsv,
  tableFromRecords,
  type ImportContext,
} from '@estate/domain';

export interface ImportTiming {
  rows: number;
  format: string | null;
  encoding: string;
  ready: number;
  errors: number;
  duplicatesInFile: number;
  parseMs: number;
  mapMs: number;
  reportMs: number;
  totalMs: number;
}

function run(bytes: Uint8Array, context: ImportContext): ImportTiming {
  const start = performance.now();
  // Parse: the encoding detected, the text decoded, the CSV records and the table (blank rows out).
  const encoding = detectTextEncoding(bytes);
  const table = tableFromRecords(parseCsv(decodeText(bytes, encoding)));
  const parsed = performance.now();
  // Map: the layout recognised from the headers, then every row read as the preview and the server read it.
  const layout = detectImportLayout(table.headers);
  const mappings = table.rows.map((row) => mapImportRow(row.values, layout.headerMap, context));
  const mapped = performance.now();
  // Report: rows ready and refused, and the rows sharing an email or phone with an earlier row of the file.
  let ready = 0;
  let errors = 0;
  let duplicatesInFile = 0;
  const seen = new Set<string>();
  for (const mapping of mappings) {
    if ('errors' in mapping) errors += 1;
    if (!('ok' in mapping)) continue;
    ready += 1;
    const keys = contactMatchKeys(mapping.ok);
    if (keys.some((key) => seen.has(key))) duplicatesInFile += 1;
    for (const key of keys) seen.add(key);
  }
  const reported = performance.now();
  return {
    rows: table.rows.length,
    format: layout.format,
    encoding,
    ready,
    errors,
    duplicatesInFile,
    parseMs: parsed - start,
    mapMs: mapped - parsed,
    reportMs: reported - mapped,
    totalMs: reported - start,
  };
}

(globalThis as unknown as { runImport: typeof run }).runImport = run;
