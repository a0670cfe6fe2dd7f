import { describe, expect, it } from 'vitest';
import { contactFileKind, readTextRecords } from './spreadsheet';

describe('contactFileKind', () => {
  it('reads CSV, xlsx and vCard files by their extension, whatever the case', () => {
    expect(contactFileKind('Contacts Google.CSV')).toBe('csv');
    expect(contactFileKind('export.xlsx')).toBe('xlsx');
    expect(contactFileKind('iPhone.vcf')).toBe('vcard');
    expect(contactFileKind('carnet.vcard')).toBe('vcard');
    expect(contactFileKind('old.xls')).toBeNull();
  });
});

describe('readTextRecords', () => {
  it('decodes in the chosen encoding, then parses CSV or reads the vCard cards', async () => {
    const cp1251 = new Uint8Array([0xc8, 0xec, 0xff, 0x3b, 0x46, 0x0a, 0xc8, 0xe2, 0xe0, 0xed, 0x3b, 0x31]);
    expect(await readTextRecords(cp1251, 'csv', 'windows-1251')).toEqual([
      ['Имя', 'F'],
      ['Иван', '1'],
    ]);
    const vcard = new TextEncoder().encode(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Анна\r\nN:Кузнецова;Анна;;;\r\nEND:VCARD\r\n',
    );
    const records = await readTextRecords(vcard, 'vcard', 'utf-8');
    expect(records[1]?.slice(0, 3)).toEqual(['Анна', 'Анна', 'Кузнецова']);
  });
});
