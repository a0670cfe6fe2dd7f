import { describe, expect, it } from 'vitest';
import { detectCsvSeparator, parseCsv, toCsv } from './csv';

describe('csv', () => {
  it('detects the separator Excel used from the first line', () => {
    expect(detectCsvSeparator('Nom;Prénom;"a,b"\nx;y;z')).toBe(';');
    expect(detectCsvSeparator('\uFEFFName,First name\n')).toBe(',');
    expect(detectCsvSeparator('Name\tCity')).toBe('\t');
    expect(detectCsvSeparator('Name')).toBe(',');
    expect(detectCsvSeparator('Date mutation|Nature mutation|Valeur fonciere\n')).toBe('|');
  });

  it('reads quotes, doubled quotes, separators and line breaks inside quotes, CRLF and a BOM', () => {
    const text = '\uFEFFNom;Adresse\r\n"Durand";"3 rue ""Haute""; bât. B\r\n2e étage"\r\nПетрова;\r\n';
    expect(parseCsv(text)).toEqual([
      ['Nom', 'Adresse'],
      ['Durand', '3 rue "Haute"; bât. B\r\n2e étage'],
      ['Петрова', ''],
    ]);
  });

  it('writes what it reads back, with a BOM for Excel', () => {
    const records = [
      ['Nom', 'Tags'],
      ['Lefèvre', 'a; b'],
      ['O"Neil', 'x\ny'],
    ];
    const csv = toCsv(records, ';');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"a; b"');
    expect(parseCsv(csv)).toEqual(records);
  });
});
