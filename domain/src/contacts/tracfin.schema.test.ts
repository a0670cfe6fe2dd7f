import { describe, expect, it } from 'vitest';
import {
  assertTracfinComplete,
  EMPTY_TRACFIN,
  isTracfinComplete,
  saveTracfinInputSchema,
  TracfinIncompleteError,
  tracfinMissing,
  type TracfinFile,
} from './tracfin.schema';

const now = new Date('2031-01-01T12:00:00Z');

const complete: Omit<TracfinFile, 'reviewedBy' | 'reviewedAt'> = {
  identityDocument: {
    type: 'passport',
    number: '20AB12345',
    expiresAt: new Date('2033-01-01T00:00:00Z'),
    checked: true,
  },
  beneficialOwners: [],
  funds: { origins: ['savings', 'loan'], detail: '' },
  pep: { exposed: false, detail: '' },
  assetFreezeCheck: { checkedAt: new Date('2031-01-01T09:00:00Z'), result: 'clear' },
  riskLevel: 'low',
};

describe('tracfinMissing', () => {
  it('a complete file of a person lacks nothing', () => {
    expect(tracfinMissing(complete, 'person', now)).toEqual([]);
    expect(isTracfinComplete(complete, 'person', now)).toBe(true);
  });

  it('no file at all, or an empty one, lacks everything', () => {
    expect(tracfinMissing(null, 'person', now)).toEqual(['file']);
    expect(tracfinMissing(EMPTY_TRACFIN, 'company', now)).toEqual([
      'identityDocument.type',
      'identityDocument.number',
      'identityDocument.expiresAt',
      'identityDocument.checked',
      'beneficialOwners',
      'funds.origins',
      'pep.exposed',
      'assetFreezeCheck',
      'riskLevel',
    ]);
  });

  it('a company needs its beneficial owners', () => {
    expect(tracfinMissing(complete, 'company', now)).toEqual(['beneficialOwners']);
    const owned = { ...complete, beneficialOwners: [{ name: 'Ivan Petrov', birthDate: null, sharePercent: 60 }] };
    expect(tracfinMissing(owned, 'company', now)).toEqual([]);
  });

  it('an expired document, an unexplained "other" origin and an undetailed exposed person are missing', () => {
    const file = {
      ...complete,
      identityDocument: { ...complete.identityDocument, expiresAt: new Date('2030-12-31T00:00:00Z') },
      funds: { origins: ['other' as const], detail: '' },
      pep: { exposed: true, detail: '' },
    };
    expect(tracfinMissing(file, 'person', now)).toEqual([
      'identityDocument.expired',
      'funds.detail',
      'pep.detail',
      'riskLevel.enhanced',
    ]);
  });

  it('a match on the freeze list blocks the file even at the enhanced level', () => {
    const file = {
      ...complete,
      assetFreezeCheck: { checkedAt: now, result: 'match' as const },
      riskLevel: 'enhanced' as const,
    };
    expect(tracfinMissing(file, 'person', now)).toEqual(['assetFreezeCheck.match']);
  });
});

describe('assertTracfinComplete', () => {
  it('lets a complete file through and refuses an incomplete one with what is missing', () => {
    expect(() => assertTracfinComplete(complete, 'person', now)).not.toThrow();
    const error = (() => {
      try {
        assertTracfinComplete({ ...complete, riskLevel: null }, 'person', now);
        return null;
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TracfinIncompleteError);
    expect((error as TracfinIncompleteError).missing).toEqual(['riskLevel']);
  });
});

describe('saveTracfinInputSchema', () => {
  const request = {
    contactId: 'anna',
    identityDocument: { type: 'passport', number: '20AB12345', expiresAt: '2033-01-01', checked: true },
    beneficialOwners: [{ name: 'Ivan Petrov', birthDate: '1970-02-03', sharePercent: 60 }],
    funds: { origins: ['savings'], detail: '' },
    pep: { exposed: false, detail: '' },
    assetFreezeCheck: { checkedAt: '2031-01-01T09:00:00.000Z', result: 'clear' },
    riskLevel: 'standard',
  };

  it('reads dates and the check instant', () => {
    const parsed = saveTracfinInputSchema.parse(request);
    expect(parsed.identityDocument.expiresAt).toEqual(new Date('2033-01-01T00:00:00Z'));
    expect(parsed.assetFreezeCheck?.checkedAt).toEqual(new Date('2031-01-01T09:00:00Z'));
  });

  it.each([
    [
      'shares over 100 in all',
      {
        beneficialOwners: [
          { name: 'A', birthDate: null, sharePercent: 60 },
          { name: 'B', birthDate: null, sharePercent: 50 },
        ],
      },
      'beneficialOwners',
    ],
    [
      'an owner without a name',
      { beneficialOwners: [{ name: '', birthDate: null, sharePercent: 10 }] },
      'beneficialOwners.0.name',
    ],
    ['an unknown origin', { funds: { origins: ['lottery'], detail: '' } }, 'funds.origins.0'],
    ['an unknown risk level', { riskLevel: 'extreme' }, 'riskLevel'],
    [
      'a check without its date',
      { assetFreezeCheck: { checkedAt: 'yesterday', result: 'clear' } },
      'assetFreezeCheck.checkedAt',
    ],
    ['a bad contact id', { contactId: 'a/b' }, 'contactId'],
  ])('refuses %s', (_label, change, field) => {
    const result = saveTracfinInputSchema.safeParse({ ...request, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});
