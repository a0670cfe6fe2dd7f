import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../shared/csv';
import { decodeText, detectTextEncoding, type TextEncoding } from '../shared/text-encoding';
import type { Contact } from './contact.schema';
import {
  contactToGoogleRow,
  detectImportLayout,
  googleContactsHeaderRow,
  type ImportFormat,
} from './contact-import-formats';
import {
  detectHeaders,
  exportHeaderRow,
  mapImportRow,
  splitFullName,
  tableFromRecords,
  type ImportContext,
  type ImportRowMapping,
} from './contact-import';
import { contactsToVCard, readVCards } from './contact-vcard';

const context: ImportContext = {
  country: 'FR',
  defaultLocale: 'fr',
  importerUid: 'importer-uid',
  agents: [
    { uid: 'importer-uid', email: 'importer@agence.fr', name: 'Ivan Importer' },
    { uid: 'alice-uid', email: 'alice.agent@agence.fr', name: 'Alice Agent' },
  ],
  origins: [],
  now: new Date('2026-12-06T10:00:00Z'),
  defaultClientType: 'buyer',
};

interface ReadFixture {
  encoding: TextEncoding;
  format: ImportFormat | null;
  rows: { row: number; mapping: ImportRowMapping }[];
}

/** A fixture read as the admin app reads a dropped file: encoding, records, layout, then each row. */
function readFixture(name: string, rowContext: ImportContext = context): ReadFixture {
  const bytes = new Uint8Array(readFileSync(new URL(`./import-fixtures/${name}`, import.meta.url)));
  const encoding = detectTextEncoding(bytes);
  const text = decodeText(bytes, encoding);
  const table = tableFromRecords(name.endsWith('.vcf') ? readVCards(text) : parseCsv(text));
  const layout = detectImportLayout(table.headers);
  return {
    encoding,
    format: layout.format,
    rows: table.rows.map(({ row, values }) => ({ row, mapping: mapImportRow(values, layout.headerMap, rowContext) })),
  };
}

function contactOf(read: ReadFixture, row: number) {
  const mapping = read.rows.find((candidate) => candidate.row === row)?.mapping;
  if (!mapping || !('ok' in mapping)) throw new Error(`row ${row}: ${JSON.stringify(mapping)}`);
  return mapping;
}

describe('Google Contacts CSV export', () => {
  const read = readFixture('google-contacts.csv');

  it('is recognised, in UTF-8, with its blank line skipped', () => {
    expect(read.encoding).toBe('utf-8');
    expect(read.format).toBe('google');
    expect(read.rows.map(({ row }) => row)).toEqual([2, 3, 5]);
  });

  it('maps names, typed emails and phones, the multi-line street, groups as tags and notes', () => {
    const { ok, note } = contactOf(read, 2);
    expect(ok).toMatchObject({
      identityType: 'person',
      firstName: 'Élodie',
      lastName: 'Lefèvre',
      clientType: 'buyer',
      emails: [
        { address: 'elodie.lefevre@example.fr', label: 'personal' },
        { address: 'e.lefevre@cabinet-lefevre.fr', label: 'work' },
      ],
      phones: [
        { number: '+33612345678', label: 'mobile' },
        { number: '+33145678910', label: 'work' },
      ],
      address: { street: '12 rue de la Paix, Bât. B', postalCode: '75002', city: 'Paris', country: 'FR' },
      tags: ['Acheteurs', 'Investisseurs'],
    });
    expect(note).toBe('Cherche un T3 près du métro.\nBudget : 450 000 €');
  });

  it('reads several values of one cell, Cyrillic, and drops Google’s system groups', () => {
    const { ok, note } = contactOf(read, 3);
    expect(ok).toMatchObject({
      firstName: 'Иван',
      lastName: 'Петров',
      emails: [{ address: 'ivan.petrov@example.ru', label: 'other' }],
      phones: [
        { number: '+79161234567', label: 'mobile' },
        { number: '+79037654321', label: 'mobile' },
        { number: '+74951234567', label: 'home' },
      ],
      address: { street: 'ул. Тверская, д. 7, кв. 12', postalCode: '125009', city: 'Москва', country: 'RU' },
      tags: ['Арендаторы'],
    });
    expect(note).toBeNull();
  });

  it('maps the organisation to the company', () => {
    expect(contactOf(read, 5).ok).toMatchObject({
      identityType: 'company',
      companyName: 'Agence Dupont',
      firstName: 'Marc',
      lastName: 'Dupont',
      emails: [{ address: 'marc@agence-dupont.fr', label: 'work' }],
      phones: [{ number: '+33491234567', label: 'work' }],
      tags: ['Vendeurs'],
    });
  });
});

describe('Outlook CSV export', () => {
  it('is recognised in English headers and UTF-16, the home address kept, the business one left', () => {
    const read = readFixture('outlook-contacts.csv');
    expect(read.encoding).toBe('utf-16le');
    expect(read.format).toBe('outlook');
    expect(read.rows.map(({ row }) => row)).toEqual([2, 4]);
    const { ok, note } = contactOf(read, 2);
    expect(ok).toMatchObject({
      firstName: 'Hélène',
      lastName: 'Moreau',
      emails: [
        { address: 'helene.moreau@example.fr', label: 'personal' },
        { address: 'h.moreau@notaires.fr', label: 'personal' },
      ],
      phones: [
        { number: '+33442112233', label: 'work' },
        { number: '+33442998877', label: 'home' },
        { number: '+33698765432', label: 'mobile' },
      ],
      address: {
        street: '8 chemin des Vignes, Lieu-dit « Les Roches »',
        postalCode: '13100',
        city: 'Aix-en-Provence',
        country: 'FR',
      },
      tags: ['Vendeurs', 'Prioritaire'],
    });
    expect(note).toBe('Vend la maison familiale.\r\nRappeler en janvier.');
    expect(contactOf(read, 4).ok).toMatchObject({
      firstName: 'Ольга',
      lastName: 'Смирнова',
      phones: [{ number: '+79215551234', label: 'mobile' }],
      address: { city: 'Санкт-Петербург' },
      tags: ['Покупатели'],
    });
  });

  it('is recognised in French headers and Windows-1252', () => {
    const read = readFixture('outlook-contacts-fr.csv');
    expect(read.encoding).toBe('windows-1252');
    expect(read.format).toBe('outlook');
    const { ok, note } = contactOf(read, 2);
    expect(ok).toMatchObject({
      firstName: 'François',
      lastName: 'Gérard',
      emails: [
        { address: 'francois.gerard@example.fr', label: 'personal' },
        { address: 'f.gerard@bureau-gerard.fr', label: 'personal' },
      ],
      phones: [
        { number: '+33478123456', label: 'work' },
        { number: '+33478654321', label: 'home' },
        { number: '+33761234567', label: 'mobile' },
      ],
      address: { street: '14 rue Mercière, 3e étage', postalCode: '69002', city: 'Lyon', country: 'FR' },
      tags: ['Acquéreurs', 'Investisseurs'],
    });
    expect(note).toBe('Préfère être appelé après 18 h.');
  });
});

describe('vCard files', () => {
  it('reads a macOS / iPhone export (vCard 3.0, three cards, groups, folded lines, blank lines)', () => {
    const read = readFixture('apple-contacts.vcf');
    expect(read.format).toBe('vcard');
    expect(read.rows).toHaveLength(3);
    const elodie = contactOf(read, 2);
    expect(elodie.ok).toMatchObject({
      firstName: 'Élodie',
      lastName: 'Lefèvre',
      emails: [
        { address: 'elodie.lefevre@example.fr', label: 'personal' },
        { address: 'e.lefevre@cabinet-lefevre.fr', label: 'work' },
      ],
      phones: [
        { number: '+33612345678', label: 'mobile' },
        { number: '+33145678910', label: 'work' },
      ],
      address: { street: '12 rue de la Paix, Bât. B', postalCode: '75002', city: 'Paris', country: 'FR' },
      tags: ['Acheteurs', 'Investisseurs'],
    });
    expect(elodie.note).toBe('Cherche un T3 près du métro, budget 450 000 €.\nRappeler le soir.');
    const olga = contactOf(read, 3);
    expect(olga.ok).toMatchObject({
      firstName: 'Ольга',
      lastName: 'Смирнова',
      phones: [
        { number: '+79215551234', label: 'mobile' },
        { number: '+78123334455', label: 'home' },
      ],
      address: {
        street: 'Невский проспект, д. 28, кв. 5',
        postalCode: '191186',
        city: 'Санкт-Петербург',
        country: 'RU',
      },
    });
    expect(olga.note).toBe(
      'Хочет снять квартиру на год. Предпочитает звонки в мессенджере и длинные разговоры по вечерам.',
    );
    expect(contactOf(read, 4).ok).toMatchObject({ identityType: 'company', companyName: 'Agence Dupont' });
  });

  it('reads an Android export (vCard 4.0, tel: URIs, quoted types, language)', () => {
    const read = readFixture('android-contacts.vcf');
    expect(read.format).toBe('vcard');
    expect(contactOf(read, 2).ok).toMatchObject({
      firstName: 'Анна',
      lastName: 'Кузнецова',
      locale: 'ru',
      emails: [
        { address: 'anna.k@example.ru', label: 'personal' },
        { address: 'a.kuznetsova@bank.ru', label: 'work' },
      ],
      phones: [
        { number: '+79215551234', label: 'mobile' },
        { number: '+78127778899', label: 'work' },
      ],
      address: { street: 'ул. Садовая, д. 3, корп. 2', postalCode: '190000', city: 'Санкт-Петербург', country: 'RU' },
    });
    expect(contactOf(read, 3).ok).toMatchObject({ firstName: 'Chloé', lastName: 'Martin', tags: ['Locataires'] });
  });

  it('refuses text that holds no vCard', () => {
    expect(() => readVCards('Nom;Prénom\nDurand;Anne')).toThrow();
  });
});

describe('French and Russian agency software exports', () => {
  it('recognises a French agency file: mobile and landline, the negotiator by name, comments', () => {
    const read = readFixture('french-crm.csv');
    expect(read.encoding).toBe('windows-1252');
    expect(read.format).toBe('french-crm');
    const { ok, note } = contactOf(read, 2);
    expect(ok).toMatchObject({
      firstName: 'Aurélie',
      lastName: 'Bérénice',
      clientType: 'seller',
      phones: [
        { number: '+33611223344', label: 'mobile' },
        { number: '+33556443322', label: 'home' },
      ],
      emails: [{ address: 'aurelie.berenice@example.fr', label: 'personal' }],
      address: { street: "27 cours de l'Intendance, Appartement 4", postalCode: '33000', city: 'Bordeaux' },
      assignedAgentUid: 'alice-uid',
    });
    expect(note).toBe('Estimation faite le 12/10.');
    expect(contactOf(read, 4).ok).toMatchObject({
      clientType: 'buyer',
      emails: [
        { address: 'noel.gael@example.fr', label: 'personal' },
        { address: 'noel@gael-immo.fr', label: 'personal' },
      ],
      assignedAgentUid: 'importer-uid',
    });
  });

  it('recognises a Russian CRM file in Windows-1251: full name with patronymic, work and personal contacts', () => {
    const read = readFixture('russian-crm.csv', { ...context, country: 'RU', defaultLocale: 'ru' });
    expect(read.encoding).toBe('windows-1251');
    expect(read.format).toBe('russian-crm');
    const { ok, note } = contactOf(read, 2);
    expect(ok).toMatchObject({
      firstName: 'Иван Сергеевич',
      lastName: 'Петров',
      clientType: 'buyer',
      emails: [
        { address: 'i.petrov@stroy.ru', label: 'work' },
        { address: 'ivan.petrov@example.ru', label: 'personal' },
      ],
      phones: [
        { number: '+79161234567', label: 'mobile' },
        { number: '+74957654321', label: 'work' },
      ],
      address: { city: 'Москва' },
      tags: ['ипотека', 'вторичка'],
      assignedAgentUid: 'alice-uid',
    });
    expect(note).toBe('Ищет двушку у метро.\nБюджет 15 млн руб.');
    // A national number (8 …) is read in the agency's country: Russia here.
    expect(contactOf(read, 4).ok).toMatchObject({
      firstName: 'Анна',
      lastName: 'Кузнецова',
      clientType: 'tenant',
      phones: [{ number: '+79215551234', label: 'mobile' }],
    });
  });
});

describe('detectImportLayout', () => {
  it('recognises the product’s own export and leaves an unknown layout to the generic vocabulary', () => {
    expect(detectImportLayout(exportHeaderRow('ru')).format).toBe('estate');
    const own = ['Nom', 'Prénom', 'Mail', 'Portable'];
    expect(detectImportLayout(own)).toEqual({ format: null, headerMap: detectHeaders(own) });
  });

  it('refuses a row without a type when no default type is chosen', () => {
    const { headerMap } = detectImportLayout(['Given Name', 'Family Name', 'E-mail 1 - Value']);
    const mapping = mapImportRow(
      { 'Given Name': 'Anne', 'Family Name': 'Durand', 'E-mail 1 - Value': 'anne@example.fr' },
      headerMap,
      { ...context, defaultClientType: null },
    );
    expect(mapping).toEqual({ errors: [expect.objectContaining({ column: 'clientType', code: 'required' })] });
  });
});

describe('splitFullName', () => {
  it('splits a Name cell the way people write names', () => {
    expect(splitFullName('Anne Durand')).toEqual({ firstName: 'Anne', lastName: 'Durand' });
    expect(splitFullName('Durand, Anne-Marie')).toEqual({ firstName: 'Anne-Marie', lastName: 'Durand' });
    expect(splitFullName('Jean Paul de la Tour')).toEqual({ firstName: 'Jean Paul', lastName: 'de la Tour' });
    expect(splitFullName('Петров Иван Сергеевич')).toEqual({ firstName: 'Иван Сергеевич', lastName: 'Петров' });
    expect(splitFullName('Madonna')).toEqual({ firstName: '', lastName: 'Madonna' });
  });

  it('fills first and last names from Name only when the file gives neither', () => {
    const headerMap = detectHeaders(['Name', 'First name', 'Email', 'Type']);
    expect(headerMap).toMatchObject({ Name: 'name', 'First name': 'firstName' });
    const row = (first: string) => ({ Name: 'Anne Durand', 'First name': first, Email: 'a@example.fr', Type: 'buyer' });
    expect(mapImportRow(row(''), headerMap, context)).toMatchObject({ ok: { firstName: 'Anne', lastName: 'Durand' } });
    expect(mapImportRow(row('Annie'), headerMap, context)).toEqual({
      errors: [expect.objectContaining({ column: 'lastName', code: 'name-required' })],
    });
  });
});

describe('detectTextEncoding', () => {
  const encode = (text: string, table: Record<string, number>) =>
    new Uint8Array([...text].map((char) => table[char] ?? char.charCodeAt(0)));

  it('tells UTF-8 with and without a byte order mark, and UTF-16 by its mark or its zero bytes', () => {
    const utf8 = new TextEncoder().encode('Prénom;Имя');
    expect(detectTextEncoding(utf8)).toBe('utf-8');
    expect(detectTextEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('utf-8');
    expect(detectTextEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
    expect(detectTextEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toBe('utf-16be');
    const le = new Uint8Array([...'Name,Email'].flatMap((char) => [char.charCodeAt(0), 0]));
    expect(detectTextEncoding(le)).toBe('utf-16le');
    expect(decodeText(le, 'utf-16le')).toBe('Name,Email');
  });

  it('tells Windows-1251 Russian from Windows-1252 French', () => {
    const french = encode('Nom;Prénom\nLefèvre;Élodie;Château', { é: 0xe9, è: 0xe8, É: 0xc9, â: 0xe2 });
    expect(detectTextEncoding(french)).toBe('windows-1252');
    expect(decodeText(french, 'windows-1252')).toContain('Lefèvre;Élodie');
    const russian = encode('Имя;Фамилия', {});
    const cp1251 = new Uint8Array([...'Имя;Фамилия'].map((char) => (char === ';' ? 0x3b : char.charCodeAt(0) - 0x350)));
    expect(russian.length).toBe(cp1251.length);
    expect(detectTextEncoding(cp1251)).toBe('windows-1251');
    expect(decodeText(cp1251, 'windows-1251')).toBe('Имя;Фамилия');
  });
});

function storedContact(overrides: Partial<Contact>): Contact {
  const now = new Date('2026-12-06T10:00:00Z');
  return {
    id: 'c1',
    kind: 'client',
    clientType: 'buyer',
    identityType: 'person',
    civility: '',
    firstName: 'Élodie',
    lastName: 'Lefèvre',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails: [
      { address: 'elodie@example.fr', label: 'personal' },
      { address: 'e.lefevre@cabinet.fr', label: 'work' },
    ],
    unverifiedEmails: [],
    phones: [
      { number: '+33612345678', label: 'mobile' },
      { number: '+33145678910', label: 'work' },
    ],
    email: 'elodie@example.fr',
    phone: '+33612345678',
    address: { street: '12 rue de la Paix, Bât. B', postalCode: '75002', city: 'Paris', country: 'FR' },
    locale: 'fr',
    tags: ['Acheteurs', 'Investisseurs'],
    originId: null,
    consent: { marketing: false, at: null, source: '' },
    assignedAgentUid: 'importer-uid',
    managerUid: null,
    sharedWithUids: [],
    matchKeys: [],
    conversion: null,
    deletionRequest: null,
    createdBy: 'importer-uid',
    createdAt: now,
    updatedAt: now,
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
    ...overrides,
  };
}

describe('export to address books', () => {
  const contacts = [
    storedContact({}),
    storedContact({
      id: 'c2',
      firstName: 'Иван',
      lastName: 'Петров',
      emails: [{ address: 'ivan@example.ru', label: 'other' }],
      phones: [{ number: '+79161234567', label: 'home' }],
      address: { street: '', postalCode: '', city: '', country: '' },
      tags: [],
    }),
    storedContact({ id: 'c3', identityType: 'company', companyName: 'Agence, Dupont; & fils', tags: ['Vendeurs'] }),
  ];
  const expected = (contact: Contact) => ({
    firstName: contact.firstName,
    lastName: contact.lastName,
    emails: contact.emails,
    phones: contact.phones,
    address: contact.address,
    tags: contact.tags,
    identityType: contact.identityType,
    companyName: contact.companyName,
  });

  it('writes a vCard file the vCard parser reads back field by field', () => {
    const vcf = contactsToVCard(contacts);
    expect(vcf.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    const table = tableFromRecords(readVCards(vcf));
    const layout = detectImportLayout(table.headers);
    expect(layout.format).toBe('vcard');
    const read = table.rows.map(({ values }) => mapImportRow(values, layout.headerMap, context));
    expect(read.map((mapping) => ('ok' in mapping ? mapping.ok : mapping))).toMatchObject(contacts.map(expected));
  });

  it('writes a Google Contacts CSV the import recognises and reads back field by field', () => {
    const csv = toCsv([googleContactsHeaderRow(), ...contacts.map(contactToGoogleRow)], ',');
    const table = tableFromRecords(parseCsv(csv));
    const layout = detectImportLayout(table.headers);
    expect(layout.format).toBe('google');
    const read = table.rows.map(({ values }) => mapImportRow(values, layout.headerMap, context));
    expect(read.map((mapping) => ('ok' in mapping ? mapping.ok : mapping))).toMatchObject(contacts.map(expected));
  });
});
