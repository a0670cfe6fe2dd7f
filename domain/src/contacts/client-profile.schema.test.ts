import { describe, expect, it } from 'vitest';
import { clientProfileSchema, hasClientSpace, sameClientProfile, toClientProfile } from './client-profile.schema';
import { contactSchema, type Contact } from './contact.schema';

const updatedAt = new Date('2026-11-20T10:00:00Z');

/** A stored contact full of staff-only data, in a client space. */
function contact(changes: Partial<Contact> = {}): Contact {
  return contactSchema.parse({
    id: 'anna',
    kind: 'client',
    clientType: 'buyer',
    identityType: 'person',
    civility: 'mrs',
    firstName: 'Anna',
    lastName: 'Karenina',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails: [
      { address: 'anna@example.com', label: 'personal' },
      { address: 'anna@work.example', label: 'work' },
    ],
    phones: [{ number: '+33612345678', label: 'mobile' }],
    email: 'anna@example.com',
    phone: '+33612345678',
    address: { street: '1 rue Tolstoï', postalCode: '75001', city: 'Paris', country: 'FR' },
    locale: 'ru',
    tags: ['difficult', 'investisseur'],
    originId: 'seloger',
    consent: { marketing: true, at: updatedAt, source: 'form' },
    assignedAgentUid: 'alex',
    managerUid: 'mia',
    sharedWithUids: ['sam'],
    matchKeys: ['e:anna@example.com', 'p:+33612345678'],
    conversion: null,
    deletionRequest: { requestedBy: 'alex', requestedAt: updatedAt, reason: 'asks to be forgotten' },
    createdBy: 'alex',
    createdAt: updatedAt,
    updatedAt,
    portal: { status: 'active', uid: 'anna-uid', invitedAt: updatedAt, invitedBy: 'alex' },
    ...changes,
  });
}

describe('toClientProfile', () => {
  it('keeps names, first email and phone, language and agent, and nothing staff-only', () => {
    const profile = toClientProfile(contact());
    expect(profile).toEqual({
      contactId: 'anna',
      identityType: 'person',
      civility: 'mrs',
      firstName: 'Anna',
      lastName: 'Karenina',
      companyName: '',
      email: 'anna@example.com',
      phone: '+33612345678',
      locale: 'ru',
      assignedAgentUid: 'alex',
      updatedAt,
    });
    expect(clientProfileSchema.strict().parse(profile)).toEqual(profile);
    const text = JSON.stringify(profile);
    for (const secret of ['difficult', 'forgotten', 'seloger', 'sam', 'mia', 'e:anna', 'Tolstoï', 'anna@work']) {
      expect(text).not.toContain(secret);
    }
  });

  it('carries a company with its name', () => {
    const profile = toClientProfile(contact({ identityType: 'company', companyName: 'Acme SARL', firstName: '' }));
    expect(profile).toMatchObject({ identityType: 'company', companyName: 'Acme SARL', firstName: '' });
  });
});

describe('hasClientSpace', () => {
  it('is true for an invited or active client space, false without one', () => {
    const portal = contact().portal;
    expect(hasClientSpace({ portal: { ...portal, status: 'invited' } })).toBe(true);
    expect(hasClientSpace({ portal: { ...portal, status: 'active' } })).toBe(true);
    expect(hasClientSpace({ portal: { ...portal, status: 'none' } })).toBe(false);
  });
});

describe('sameClientProfile', () => {
  const wanted = toClientProfile(contact());

  it('is true for the same fields, whatever the date', () => {
    expect(sameClientProfile({ ...wanted }, wanted)).toBe(true);
    expect(sameClientProfile({ ...wanted, updatedAt: new Date('2026-11-24T08:00:00Z') }, wanted)).toBe(true);
  });

  it('is false when a field differs, is missing or is one too many, or for nothing stored', () => {
    expect(sameClientProfile({ ...wanted, lastName: 'Vronskaya' }, wanted)).toBe(false);
    expect(sameClientProfile({ ...wanted, assignedAgentUid: 'zoe' }, wanted)).toBe(false);
    const { phone: _phone, ...withoutPhone } = wanted;
    expect(sameClientProfile(withoutPhone, wanted)).toBe(false);
    expect(sameClientProfile({ ...wanted, tags: ['difficult'] }, wanted)).toBe(false);
    expect(sameClientProfile(undefined, wanted)).toBe(false);
  });
});
