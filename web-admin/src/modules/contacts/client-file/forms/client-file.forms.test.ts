import { describe, expect, it } from 'vitest';
import { questionnaireFormSchema, questionnaireToForm, tracfinFormSchemaFor, tracfinToForm } from './buyer.form';
import { toNoteInput } from './note.form';
import { emptySignatoryForm, signatoryFormSchemaFor } from './signatory.form';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('signatory form', () => {
  it('reads the phone in the agency country, the date and an empty share', () => {
    const parsed = signatoryFormSchemaFor('FR').parse({
      ...emptySignatoryForm(),
      lastName: 'Morel',
      phone: '06 12 34 56 78',
      birthDate: '1990-05-01',
    });
    expect(parsed).toMatchObject({
      phone: '+33612345678',
      birthDate: new Date('1990-05-01T00:00:00Z'),
      sharePercent: null,
    });
  });

  it('shows each refusal under its field', () => {
    const result = signatoryFormSchemaFor('FR').safeParse({ ...emptySignatoryForm(), phone: '12', sharePercent: 150 });
    expect(paths(result)).toEqual(expect.arrayContaining(['lastName', 'phone', 'sharePercent']));
  });
});

describe('questionnaire form', () => {
  it('turns empty fields into nulls and checks with the domain', () => {
    const parsed = questionnaireFormSchema.parse({
      ...questionnaireToForm(null),
      budgetMin: 200_000,
      deadline: '2031-06-30',
    });
    expect(parsed).toMatchObject({ budgetMin: 200_000, budgetMax: null, deadline: new Date('2031-06-30T00:00:00Z') });
    const refused = questionnaireFormSchema.safeParse({ ...questionnaireToForm(null), budgetMin: 9, budgetMax: 1 });
    expect(paths(refused)).toEqual(['budgetMax']);
  });
});

describe('tracfin form', () => {
  const schema = tracfinFormSchemaFor('anna');

  it('builds the callable request, dates as strings', () => {
    const request = schema.parse({
      ...tracfinToForm(null),
      identityDocument: { type: 'passport', number: 'X1', expiresAt: '2034-01-01', checked: true },
      pep: { exposed: 'no', detail: '' },
      assetFreezeCheck: { checkedAt: '2031-01-01T09:30', result: 'clear' },
    });
    expect(request).toMatchObject({
      contactId: 'anna',
      identityDocument: { expiresAt: '2034-01-01' },
      pep: { exposed: false },
      assetFreezeCheck: { result: 'clear', checkedAt: expect.stringMatching(/^2031-01-01T/) },
    });
  });

  it('wants both the date and the result of the freeze check, and owners with a share', () => {
    expect(
      paths(schema.safeParse({ ...tracfinToForm(null), assetFreezeCheck: { checkedAt: '', result: 'clear' } })),
    ).toEqual(['assetFreezeCheck.checkedAt']);
    const owners = schema.safeParse({
      ...tracfinToForm(null),
      beneficialOwners: [{ name: '', birthDate: '', sharePercent: '' }],
    });
    expect(paths(owners)).toEqual(
      expect.arrayContaining(['beneficialOwners.0.name', 'beneficialOwners.0.sharePercent']),
    );
  });
});

describe('note form', () => {
  // datetime-local values are read in the local zone; so is `now`.
  const now = new Date('2031-01-01T12:00');

  it('a new reminder must be in the future; an unchanged past one may stay', () => {
    expect(toNoteInput({ text: 'x', remindAt: '2031-01-01T11:00' }, null, now)).toBe('past-reminder');
    expect(toNoteInput({ text: 'x', remindAt: '' }, null, now)).toEqual({ text: 'x', remindAt: null });
    const past = new Date('2031-01-01T11:00');
    const previous = {
      id: 'n',
      text: 'x',
      remindAt: past,
      reminderPendingAt: null,
      reminderSentAt: past,
      authorUid: 'a',
      createdAt: past,
      updatedAt: past,
    };
    expect(toNoteInput({ text: 'y', remindAt: '2031-01-01T11:00' }, previous, now)).toEqual({
      text: 'y',
      remindAt: past,
    });
  });
});
