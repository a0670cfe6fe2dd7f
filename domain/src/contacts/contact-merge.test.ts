import { describe, expect, it } from 'vitest';
import type { Contact } from './contact.schema';
import { mergeConsent, mergeContactFields } from './contact-merge';

const base: Contact = {
  id: 'keep',
  kind: 'client-prospect',
  clientType: 'seller',
  identityType: 'person',
  civility: '',
  firstName: 'Élodie',
  lastName: 'Lefèvre',
  companyName: '',
  legalForm: '',
  registrationNumber: '',
  emails: [{ address: 'elodie@example.fr', label: 'personal' }],
  phones: [{ number: '+33612345678', label: 'mobile' }],
  unverifiedEmails: [],
  email: 'elodie@example.fr',
  phone: '+33612345678',
  address: { street: '', postalCode: '', city: '', country: '' },
  locale: 'fr',
  tags: ['vip'],
  originId: null,
  consent: { marketing: false, at: null, source: '' },
  assignedAgentUid: 'sophie',
  managerUid: null,
  sharedWithUids: ['marc'],
  matchKeys: ['e:elodie@example.fr', 'p:+33612345678'],
  conversion: null,
  deletionRequest: null,
  createdBy: 'sophie',
  createdAt: new Date('2026-01-01'),
  updatedAt: new Date('2026-01-01'),
  portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
};

describe('mergeContactFields', () => {
  it('keeps the unconfirmed emails of both, but not one the other record holds as a real email', () => {
    const at = new Date('2026-03-01');
    const merged = mergeContactFields(
      { ...base, unverifiedEmails: [{ address: 'X@example.fr', portal: 'SeLoger', receivedAt: at }] },
      {
        ...base,
        id: 'other',
        emails: [{ address: 'x@example.fr', label: 'work' }],
        unverifiedEmails: [{ address: 'y@example.fr', portal: 'LeBonCoin', receivedAt: at }],
      },
    );
    expect(merged.emails.map((email) => email.address)).toEqual(['elodie@example.fr', 'x@example.fr']);
    expect(merged.unverifiedEmails).toEqual([{ address: 'y@example.fr', portal: 'LeBonCoin', receivedAt: at }]);
  });

  it('keeps the kept values, fills the empty ones and unites emails, phones, tags and sharing', () => {
    const consentAt = new Date('2026-02-01');
    const merged: Contact = {
      ...base,
      id: 'merge',
      civility: 'mrs',
      firstName: 'Elodie',
      emails: [
        { address: 'ELODIE@example.fr', label: 'work' },
        { address: 'e.lefevre@work.fr', label: 'work' },
      ],
      phones: [
        { number: '+33612345678', label: 'mobile' },
        { number: '+33145678901', label: 'home' },
      ],
      address: { street: '1 rue Haute', postalCode: '75001', city: 'Paris', country: 'FR' },
      tags: ['VIP', 'investisseur'],
      originId: 'site-web',
      consent: { marketing: true, at: consentAt, source: 'form' },
      sharedWithUids: ['lea'],
    };
    expect(mergeContactFields(base, merged)).toEqual({
      kind: 'client-prospect',
      clientType: 'seller',
      conversion: null,
      civility: 'mrs',
      firstName: 'Élodie',
      lastName: 'Lefèvre',
      companyName: '',
      legalForm: '',
      registrationNumber: '',
      emails: [
        { address: 'elodie@example.fr', label: 'personal' },
        { address: 'e.lefevre@work.fr', label: 'work' },
      ],
      unverifiedEmails: [],
      phones: [
        { number: '+33612345678', label: 'mobile' },
        { number: '+33145678901', label: 'home' },
      ],
      email: 'elodie@example.fr',
      phone: '+33612345678',
      address: { street: '1 rue Haute', postalCode: '75001', city: 'Paris', country: 'FR' },
      tags: ['vip', 'investisseur'],
      originId: 'site-web',
      consent: { marketing: true, at: consentAt, source: 'form' },
      sharedWithUids: ['marc', 'lea'],
      matchKeys: ['e:elodie@example.fr', 'e:e.lefevre@work.fr', 'p:+33612345678', 'p:+33145678901'],
    });
  });

  it('respects the caps: at most five emails and phones, the kept ones first', () => {
    const many = (prefix: string) =>
      Array.from({ length: 5 }, (_, index) => ({ address: `${prefix}${index}@example.fr`, label: 'other' as const }));
    const result = mergeContactFields({ ...base, emails: many('k') }, { ...base, id: 'merge', emails: many('m') });
    expect(result.emails.map((email) => email.address)).toEqual(many('k').map((email) => email.address));
  });

  it('makes a prospect merged with a client that client', () => {
    const conversion = { from: 'client-prospect' as const, at: new Date('2026-03-01'), by: 'sophie' };
    const result = mergeContactFields(base, { ...base, id: 'merge', kind: 'client', clientType: 'buyer', conversion });
    expect(result).toMatchObject({ kind: 'client', clientType: 'buyer', conversion });
  });
});

describe('mergeConsent', () => {
  const given = { marketing: true, at: new Date('2026-05-01'), source: 'form' };
  const withdrawn = { marketing: false, at: new Date('2026-03-01'), source: 'unsubscribe-link' };
  const never = { marketing: false, at: null, source: '' };

  it('keeps a withdrawal made on either contact, even older than a consent given on the other', () => {
    expect(mergeConsent(given, withdrawn)).toEqual(withdrawn);
    expect(mergeConsent(withdrawn, given)).toEqual(withdrawn);
    expect(
      mergeContactFields({ ...base, consent: given }, { ...base, id: 'merge', consent: withdrawn }).consent,
    ).toEqual(withdrawn);
  });

  it('keeps the latest of two withdrawals', () => {
    const later = { marketing: false, at: new Date('2026-04-01'), source: 'phone' };
    expect(mergeConsent(withdrawn, later)).toEqual(later);
    expect(mergeConsent(later, withdrawn)).toEqual(later);
  });

  it('otherwise keeps the most recent consent, the kept one when nothing tells them apart', () => {
    const older = { marketing: true, at: new Date('2026-01-01'), source: 'import' };
    expect(mergeConsent(older, given)).toEqual(given);
    expect(mergeConsent(given, older)).toEqual(given);
    expect(mergeConsent(never, given)).toEqual(given);
    expect(mergeConsent(given, never)).toEqual(given);
    expect(mergeConsent(never, never)).toEqual(never);
  });
});
