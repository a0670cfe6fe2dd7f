import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../shared/csv';
import type { Contact } from './contact.schema';
import {
  contactToRow,
  detectHeaders,
  escapeFormulaCell,
  exportHeaderMap,
  exportHeaderRow,
  importContactsInputSchema,
  mapImportRow,
  tableFromRecords,
  unescapeFormulaCell,
  type ImportContext,
  type ImportRowMapping,
} from './contact-import';

const now = new Date('2026-11-25T10:00:00Z');

const context: ImportContext = {
  country: 'FR',
  defaultLocale: 'fr',
  importerUid: 'importer-uid',
  agents: [
    { uid: 'importer-uid', email: 'importer@agence.fr' },
    { uid: 'alice-uid', email: 'Alice.Agent@agence.fr' },
  ],
  origins: [
    { id: 'seloger', label: 'SeLoger' },
    { id: 'vitrine', label: 'Vitrine de l’agence' },
  ],
  now,
};

function ok(mapping: ImportRowMapping) {
  if (!('ok' in mapping)) throw new Error(`expected a contact, got ${JSON.stringify(mapping)}`);
  return mapping.ok;
}

function errors(mapping: ImportRowMapping) {
  if (!('errors' in mapping)) throw new Error(`expected errors, got ${JSON.stringify(mapping)}`);
  return mapping.errors;
}

describe('detectHeaders', () => {
  it('recognises French headers whatever their case and accents', () => {
    expect(
      detectHeaders(['PRÉNOM', 'nom', 'Société', 'E-mail(s)', 'Téléphone(s)', 'Code Postal', 'Catégorie', 'Remarque']),
    ).toEqual({
      PRÉNOM: 'firstName',
      nom: 'lastName',
      Société: 'companyName',
      'E-mail(s)': 'emails',
      'Téléphone(s)': 'phones',
      'Code Postal': 'postalCode',
      Catégorie: 'kind',
      Remarque: null,
    });
  });

  it('recognises Cyrillic and English headers', () => {
    expect(detectHeaders(['Имя', 'Фамилия', 'Телефон', 'Согласие на рассылку', 'Город', 'Язык'])).toEqual({
      Имя: 'firstName',
      Фамилия: 'lastName',
      Телефон: 'phones',
      'Согласие на рассылку': 'consent',
      Город: 'city',
      Язык: 'locale',
    });
    expect(detectHeaders(['First name', 'Last Name', 'Company', 'Email', 'Zip code', 'Marketing consent'])).toEqual({
      'First name': 'firstName',
      'Last Name': 'lastName',
      Company: 'companyName',
      Email: 'emails',
      'Zip code': 'postalCode',
      'Marketing consent': 'consent',
    });
  });

  it('gives a single column to its first header only', () => {
    expect(detectHeaders(['Ville', 'Commune'])).toEqual({ Ville: 'city', Commune: null });
  });

  it('lets every email, phone, tag and note column feed the contact', () => {
    expect(detectHeaders(['Email', 'Courriel', 'Téléphone portable', 'Téléphone fixe', 'Mobile'])).toEqual({
      Email: 'emails',
      Courriel: 'emails',
      'Téléphone portable': 'phones',
      'Téléphone fixe': 'homePhones',
      Mobile: 'phones',
    });
  });
});

describe('tableFromRecords', () => {
  it('takes the first non-blank line as headers, numbers rows as the sheet does and skips blank rows', () => {
    const table = tableFromRecords([['', ''], ['Nom', 'Nom', ''], ['Durand', 'x', 'y'], ['', ' ', ''], ['Martin']]);
    expect(table.headers).toEqual(['Nom', 'Nom (2)', 'Column 3']);
    expect(table.rows).toEqual([
      { row: 3, values: { Nom: 'Durand', 'Nom (2)': 'x', 'Column 3': 'y' } },
      { row: 5, values: { Nom: 'Martin', 'Nom (2)': '', 'Column 3': '' } },
    ]);
  });
});

describe('mapImportRow', () => {
  const headers = [
    'Prénom',
    'Nom',
    'Société',
    'E-mails',
    'Téléphones',
    'Pays',
    'Langue',
    'Type',
    'Catégorie',
    'Tags',
    'Origine',
    'Consentement marketing',
    'Agent',
  ];
  const headerMap = detectHeaders(headers);
  const row = (values: Partial<Record<(typeof headers)[number], string>>) =>
    Object.fromEntries(headers.map((header) => [header, values[header] ?? '']));

  it('reads a complete person row, several emails and phones, words in any language', () => {
    const contact = ok(
      mapImportRow(
        row({
          Prénom: ' Élodie ',
          Nom: 'Lefèvre',
          'E-mails': 'Elodie@Example.com; elodie.pro@example.com,elodie@example.com',
          Téléphones: '06 12 34 56 78; +7 912 345-67-89',
          Pays: 'france',
          Langue: 'Русский',
          Type: 'ACQUÉREUR',
          Catégorie: 'prospect client',
          Tags: 'investisseur; urgent ;Investisseur',
          Origine: 'vitrine de l’agence',
          'Consentement marketing': 'Oui',
          Agent: 'alice.agent@agence.fr',
        }),
        headerMap,
        context,
      ),
    );
    expect(contact).toMatchObject({
      kind: 'client-prospect',
      clientType: 'buyer',
      identityType: 'person',
      firstName: 'Élodie',
      lastName: 'Lefèvre',
      emails: [
        { address: 'elodie@example.com', label: 'personal' },
        { address: 'elodie.pro@example.com', label: 'personal' },
      ],
      phones: [
        { number: '+33612345678', label: 'mobile' },
        { number: '+79123456789', label: 'mobile' },
      ],
      address: { country: 'FR' },
      locale: 'ru',
      tags: ['investisseur', 'urgent'],
      originId: 'vitrine',
      consent: { marketing: true, at: now, source: 'import' },
      assignedAgentUid: 'alice-uid',
    });
  });

  it('reads Russian words and defaults the language, the category and the agent', () => {
    const contact = ok(
      mapImportRow(
        row({
          Nom: 'Иванов',
          Prénom: 'Пётр',
          Téléphones: '0612345678',
          Type: 'продавец',
          'Consentement marketing': 'нет',
        }),
        headerMap,
        context,
      ),
    );
    expect(contact).toMatchObject({
      kind: 'client',
      clientType: 'seller',
      lastName: 'Иванов',
      firstName: 'Пётр',
      locale: 'fr',
      consent: { marketing: false, at: null },
      assignedAgentUid: 'importer-uid',
    });
  });

  it('reads a row with only a company (and a way to reach it) as a company', () => {
    const contact = ok(
      mapImportRow(
        row({ Société: 'SCI Les Tilleuls', 'E-mails': 'contact@tilleuls.fr', Type: 'bailleur' }),
        headerMap,
        context,
      ),
    );
    expect(contact).toMatchObject({
      identityType: 'company',
      companyName: 'SCI Les Tilleuls',
      lastName: '',
      clientType: 'landlord',
    });
  });

  it('reports a bad phone and a bad email with their column and value', () => {
    expect(
      errors(
        mapImportRow(
          row({ Nom: 'Durand', 'E-mails': 'durand@', Téléphones: '06 12', Type: 'acheteur' }),
          headerMap,
          context,
        ),
      ),
    ).toEqual([
      expect.objectContaining({ column: 'emails', code: 'invalid-email', value: 'durand@' }),
      expect.objectContaining({ column: 'phones', code: 'invalid-phone', value: '06 12' }),
    ]);
  });

  it('reports unknown words, origins and agents, and missing names and ways to reach', () => {
    const found = errors(
      mapImportRow(
        row({
          Prénom: 'Jean',
          Type: 'promoteur',
          Langue: 'klingon',
          Origine: 'Facebook',
          Agent: 'stranger@example.com',
        }),
        headerMap,
        context,
      ),
    );
    expect(found.map((error) => [error.column, error.code])).toEqual([
      ['clientType', 'unknown-value'],
      ['locale', 'unknown-value'],
      ['origin', 'unknown-origin'],
      ['agent', 'unknown-agent'],
      ['lastName', 'name-required'],
      ['emails', 'email-or-phone-required'],
    ]);
  });

  it('requires a type unless the contact is an agent prospect', () => {
    expect(errors(mapImportRow(row({ Nom: 'Durand', Téléphones: '0612345678' }), headerMap, context))).toEqual([
      expect.objectContaining({ column: 'clientType', code: 'required' }),
    ]);
    expect(
      ok(
        mapImportRow(row({ Nom: 'Durand', Téléphones: '0612345678', Catégorie: 'prospect agent' }), headerMap, context),
      ),
    ).toMatchObject({ kind: 'agent-prospect', clientType: null });
  });

  it('skips an empty row', () => {
    expect(mapImportRow(row({ Nom: '  ' }), headerMap, context)).toEqual({ blank: true });
  });
});

describe('export', () => {
  const contact: Contact = {
    id: 'c1',
    kind: 'client',
    clientType: 'tenant',
    identityType: 'person',
    civility: 'mrs',
    firstName: 'Анна',
    lastName: 'Петрова',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails: [{ address: 'anna@example.com', label: 'personal' }],
    phones: [
      { number: '+33612345678', label: 'mobile' },
      { number: '+33145678901', label: 'home' },
    ],
    unverifiedEmails: [],
    email: 'anna@example.com',
    phone: '+33612345678',
    address: { street: '3 rue de la Paix; bât. B', postalCode: '75002', city: 'Paris', country: 'FR' },
    locale: 'ru',
    tags: ['étudiante', 'garant'],
    originId: 'seloger',
    consent: { marketing: true, at: now, source: 'form' },
    assignedAgentUid: 'alice-uid',
    managerUid: null,
    sharedWithUids: [],
    matchKeys: [],
    conversion: null,
    deletionRequest: null,
    createdBy: 'alice-uid',
    createdAt: now,
    updatedAt: now,
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
  };
  const exportContext = {
    locale: 'fr' as const,
    origins: context.origins,
    agentEmails: { 'alice-uid': 'Alice.Agent@agence.fr' },
  };

  it('writes the words of the chosen language', () => {
    expect(exportHeaderRow('fr')).toEqual([
      'Prénom',
      'Nom',
      'Société',
      'E-mails',
      'Téléphones',
      'Adresse',
      'Code postal',
      'Ville',
      'Pays',
      'Langue',
      'Type',
      'Catégorie',
      'Tags',
      'Origine',
      'Consentement marketing',
      'Agent',
    ]);
    expect(contactToRow(contact, exportContext)).toEqual([
      'Анна',
      'Петрова',
      '',
      'anna@example.com',
      '+33 6 12 34 56 78; +33 1 45 67 89 01',
      '3 rue de la Paix; bât. B',
      '75002',
      'Paris',
      'FR',
      'russe',
      'locataire',
      'client',
      'étudiante; garant',
      'SeLoger',
      'oui',
      'Alice.Agent@agence.fr',
    ]);
  });

  it('re-imports through CSV as the same contact, in each language', () => {
    for (const locale of ['fr', 'en', 'ru'] as const) {
      const csv = toCsv([exportHeaderRow(locale), contactToRow(contact, { ...exportContext, locale })], ';');
      const table = tableFromRecords(parseCsv(csv));
      expect(detectHeaders(table.headers)).toEqual(exportHeaderMap(locale));
      const [first] = table.rows;
      if (!first) throw new Error('no row');
      const read = ok(mapImportRow(first.values, detectHeaders(table.headers), context));
      expect(read).toMatchObject({
        kind: contact.kind,
        clientType: contact.clientType,
        firstName: contact.firstName,
        lastName: contact.lastName,
        emails: contact.emails,
        phones: contact.phones.map((phone) => ({ ...phone, label: 'mobile' })),
        address: contact.address,
        locale: contact.locale,
        tags: contact.tags,
        originId: contact.originId,
        consent: { marketing: true },
        assignedAgentUid: 'alice-uid',
      });
    }
  });
  it('neutralises text a spreadsheet would run as a formula, but not phone numbers, and re-imports it as it was', () => {
    const hostile: Contact = {
      ...contact,
      firstName: '=HYPERLINK("http://evil.example","Cliquez")',
      lastName: '@SUM(A1)',
      address: { ...contact.address, street: '-2+3' },
      tags: ['+cmd|calc', 'garant'],
    };
    const row = contactToRow(hostile, exportContext);
    expect(row.slice(0, 2)).toEqual(['\'=HYPERLINK("http://evil.example","Cliquez")', "'@SUM(A1)"]);
    expect(row[4]).toBe('+33 6 12 34 56 78; +33 1 45 67 89 01');
    expect(row[5]).toBe("'-2+3");
    expect(row[12]).toBe("'+cmd|calc; garant");
    for (const cell of row) expect(cell).not.toMatch(/^[=@\t\r-]|^\+\D/);

    const table = tableFromRecords(parseCsv(toCsv([exportHeaderRow('fr'), row], ';')));
    const [first] = table.rows;
    if (!first) throw new Error('no row');
    expect(ok(mapImportRow(first.values, detectHeaders(table.headers), context))).toMatchObject({
      firstName: hostile.firstName,
      lastName: hostile.lastName,
      address: hostile.address,
      tags: hostile.tags,
      phones: contact.phones.map((phone) => ({ ...phone, label: 'mobile' })),
    });
  });

  it('leaves an apostrophe that escapes nothing, as in a Dutch name', () => {
    expect(escapeFormulaCell("'t Hooft")).toBe("'t Hooft");
    expect(unescapeFormulaCell("'t Hooft")).toBe("'t Hooft");
    expect(unescapeFormulaCell("'=1+1")).toBe('=1+1');
    expect(escapeFormulaCell('\tcaché')).toBe("'\tcaché");
    expect(escapeFormulaCell('+33 6 12 34 56 78')).toBe('+33 6 12 34 56 78');
  });
});

describe('importContactsInputSchema', () => {
  const base = { importId: 'imp_12345678', headerMap: { Nom: 'lastName' }, duplicatePolicy: 'skip' };

  it('accepts a chunk and refuses a repeated row number or an unknown column', () => {
    expect(importContactsInputSchema.safeParse({ ...base, rows: [{ row: 2, values: { Nom: 'A' } }] }).success).toBe(
      true,
    );
    expect(
      importContactsInputSchema.safeParse({
        ...base,
        rows: [
          { row: 2, values: {} },
          { row: 2, values: {} },
        ],
      }).success,
    ).toBe(false);
    expect(
      importContactsInputSchema.safeParse({ ...base, headerMap: { Nom: 'salary' }, rows: [{ row: 2, values: {} }] })
        .success,
    ).toBe(false);
  });
});
