import { describe, expect, it } from 'vitest';
import { signatoryFullName, signatoryInputSchema, signatoryInputSchemaFor, toCalendarDate } from './signatory.schema';

const spouse = {
  role: 'spouse',
  civility: 'mrs',
  firstName: 'Anna',
  lastName: 'Karenina',
  birthDate: new Date('1990-05-01T00:00:00Z'),
  email: 'Anna@Example.com',
  phone: '06 12 34 56 78',
  address: { street: '', postalCode: '', city: '', country: '' },
  sharePercent: 50,
  notes: '',
};

describe('signatoryInputSchemaFor', () => {
  it('normalises the phone to E.164 and the email to lower case', () => {
    const parsed = signatoryInputSchemaFor('FR').parse(spouse);
    expect(parsed.phone).toBe('+33612345678');
    expect(parsed.email).toBe('anna@example.com');
    expect(signatoryFullName(parsed)).toBe('Anna Karenina');
  });

  it('accepts a signatory without email, phone, birth date or share', () => {
    const bare = { ...spouse, email: '', phone: '', birthDate: null, sharePercent: null };
    expect(signatoryInputSchemaFor('FR').safeParse(bare).success).toBe(true);
  });

  it.each([
    ['an unknown role', { role: 'cousin' }, 'role'],
    ['no last name', { lastName: ' ' }, 'lastName'],
    ['an impossible phone', { phone: '12' }, 'phone'],
    ['a bad email', { email: 'anna@' }, 'email'],
    ['a share over 100', { sharePercent: 120 }, 'sharePercent'],
    ['a share of 0', { sharePercent: 0 }, 'sharePercent'],
    ['notes over 1000 characters', { notes: 'x'.repeat(1001) }, 'notes'],
  ])('refuses %s', (_label, change, field) => {
    const result = signatoryInputSchemaFor('FR').safeParse({ ...spouse, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('the stored form wants an E.164 phone', () => {
    expect(signatoryInputSchema.safeParse({ ...spouse, phone: '+33612345678' }).success).toBe(true);
    expect(signatoryInputSchema.safeParse(spouse).success).toBe(false);
  });

  it('shows a date read as midnight UTC as the day it was typed', () => {
    expect(toCalendarDate(new Date('1990-05-01T00:00:00Z'))).toBe('1990-05-01');
  });
});
