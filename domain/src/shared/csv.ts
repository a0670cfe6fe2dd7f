/**
 * CSV as spreadsheets write it (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
 * French and Russian Excel separate fields with `;`, English Excel with `,`: the separator is read
 * from the first line (`|` too: the tax administration's DVF files use it), and the export picks the one the user's Excel expects.
 */

export type CsvSeparator = ',' | ';' | '\t' | '|';

const BOM = '\uFEFF';

/** The separator that occurs most often outside quotes on the first line (`,` when none does). */
export function detectCsvSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let quoted = false;
  for (const char of text.startsWith(BOM) ? text.slice(1) : text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t' || char === '|')) counts[char] += 1;
  }
  const best = (Object.entries(counts) as [CsvSeparator, number][]).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ',';
}

/** Every record of the text as arrays of fields; a byte order mark and a last empty line are dropped. */
export function parseCsv(text: string, separator: CsvSeparator = detectCsvSeparator(text)): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === separator) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function quote(field: string, separator: CsvSeparator): string {
  return /["\r\n]/.test(field) || field.includes(separator) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * The records as CSV text with CRLF line ends, starting with a byte order mark so Excel reads the
 * file as UTF-8 (accents and Cyrillic) instead of the system's code page.
 */
export function toCsv(records: readonly (readonly string[])[], separator: CsvSeparator = ','): string {
  return BOM + records.map((record) => record.map((field) => quote(field, separator)).join(separator)).join('\r\n');
}
