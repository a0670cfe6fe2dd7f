import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { reportRecords, rowName } from './import-report';

const t = ((key: string, options?: { value?: string }) =>
  options?.value !== undefined ? `${key}(${options.value})` : key) as unknown as TFunction;

describe('import report', () => {
  it('names a row from its name cells, a company with its representative', () => {
    const headerMap = { Prénom: 'firstName', Nom: 'lastName', Société: 'companyName', Note: null } as const;
    expect(rowName({ Prénom: 'Paul', Nom: 'Martin', Société: '', Note: 'x' }, headerMap)).toBe('Paul Martin');
    expect(rowName({ Prénom: 'Paul', Nom: 'Martin', Société: 'SCI Azur' }, headerMap)).toBe('SCI Azur (Paul Martin)');
    expect(rowName({ Note: 'x' }, headerMap)).toBe('');
  });

  it('writes one line per error and per match, with the column in the user language', () => {
    const records = reportRecords(
      t,
      'fr',
      [
        { row: 2, status: 'imported', contactId: 'c2' },
        {
          row: 3,
          status: 'error',
          errors: [{ column: 'emails', code: 'invalid-email', message: 'invalid', value: 'paul@' }],
        },
        {
          row: 4,
          status: 'duplicate',
          matches: [
            { contactId: 'c9', displayName: 'Bruno Bertin', kind: 'client', assignedAgentUid: 'u', sharedKeys: [] },
          ],
        },
      ],
      new Map([
        [2, 'Élodie Lefèvre'],
        [3, 'Paul Martin'],
        [4, 'B. Bertin'],
      ]),
    );
    expect(records.slice(1)).toEqual([
      ['2', 'Élodie Lefèvre', 'contactImport.statuses.imported', '', '', '', 'c2'],
      [
        '3',
        'Paul Martin',
        'contactImport.statuses.error',
        'E-mails',
        'contactImport.errorCodes.invalid-email(paul@)',
        '',
        '',
      ],
      ['4', 'B. Bertin', 'contactImport.statuses.duplicate', '', '', 'Bruno Bertin', 'c9'],
    ]);
  });
});
