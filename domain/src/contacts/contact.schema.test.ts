import { describe, expect, it } from 'vitest';
import {
  contactInputSchemaFor,
  contactKeyLabel,
  contactInputSchema,
  contactMatchKeys,
  contactSchema,
  mergeContactsInputSchema,
  saveContactInputSchemaFor,
  type ContactInput,
} from './contact.schema';

const input: ContactInput = {
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
  address: { street: '', postalCode: '', city: '', country: '' },
  locale: 'fr',
  tags: [],
  originId: null,
  consent: { marketing: false, at: null, source: '' },
  assignedAgentUid: 'sophie',
  sharedWithUids: [],
};

describe('contactInputSchemaFor', () => {
  it('reads typed phones in the agency country and stores them in E.164', () => {
    const parsed = contactInputSchemaFor('FR').parse({
      ...input,
      phones: [
        { number: '06 12 34 56 78', label: 'mobile' },
        { number: '+7 912 345-67-89', label: 'work' },
      ],
    });
    expect(parsed.phones).toEqual([
      { number: '+33612345678', label: 'mobile' },
      { number: '+79123456789', label: 'work' },
    ]);
    expect(contactInputSchemaFor('BE').parse({ ...input, phones: [{ number: '0470 12 34 56' }] }).phones).toEqual([
      { number: '+32470123456', label: 'mobile' },
    ]);
  });

  it('names the bad phone and the same phone typed twice', () => {
    const bad = contactInputSchemaFor('FR').safeParse({ ...input, phones: [{ number: '12', label: 'mobile' }] });
    expect(bad.error?.issues[0]).toMatchObject({ path: ['phones', 0, 'number'], message: 'invalid phone number' });
    const twice = contactInputSchemaFor('FR').safeParse({
      ...input,
      phones: [{ number: '06 12 34 56 78' }, { number: '+33612345678' }],
    });
    expect(twice.error?.issues[0]).toMatchObject({ path: ['phones'], message: 'the same phone twice' });
  });

  it('takes the consent date as a day or a timestamp string, as a callable receives it', () => {
    const schema = contactInputSchemaFor('FR');
    const day = schema.parse({ ...input, consent: { marketing: true, at: '2026-11-25', source: 'form' } });
    expect(day.consent.at?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    const full = schema.parse({ ...input, consent: { marketing: true, at: '2026-11-25T10:30:00.000Z', source: '' } });
    expect(full.consent.at?.toISOString()).toBe('2026-11-25T10:30:00.000Z');
    expect(schema.safeParse({ ...input, consent: { marketing: true, at: 'yesterday', source: '' } }).success).toBe(
      false,
    );
  });

  it('requires a client type except for agent prospects, and an email or a phone', () => {
    const schema = contactInputSchemaFor('FR');
    expect(schema.safeParse({ ...input, kind: 'agent-prospect', clientType: null }).success).toBe(true);
    expect(schema.safeParse({ ...input, clientType: null }).success).toBe(false);
    expect(schema.safeParse({ ...input, emails: [], phones: [] }).success).toBe(false);
  });
});

describe('saveContactInputSchemaFor', () => {
  it('reads the whole request with the agency country', () => {
    const parsed = saveContactInputSchemaFor('FR').parse({
      contactId: null,
      contact: { ...input, phones: [{ number: '06 12 34 56 78' }] },
    });
    expect(parsed).toMatchObject({
      contactId: null,
      allowDuplicates: false,
      contact: { phones: [{ number: '+33612345678' }] },
    });
  });
});

describe('match keys', () => {
  it('are the lower-cased emails and the E.164 phones, read back for people', () => {
    const keys = contactMatchKeys({ ...input, emails: [{ address: 'Elodie@Example.fr', label: 'work' }] });
    expect(keys).toEqual(['e:elodie@example.fr', 'p:+33612345678']);
    expect(keys.map(contactKeyLabel)).toEqual(['elodie@example.fr', '+33 6 12 34 56 78']);
  });

  it('a contact is never merged into itself', () => {
    expect(mergeContactsInputSchema.safeParse({ keepId: 'a', mergeId: 'a' }).success).toBe(false);
    expect(mergeContactsInputSchema.safeParse({ keepId: 'a', mergeId: 'b' }).success).toBe(true);
  });
});

describe('sharing', () => {
  const { sharedWithUids: _omitted, ...withoutSharing } = input;

  it('is an empty list unless given, at most 20 collaborators, none twice', () => {
    expect(contactInputSchema.parse(withoutSharing).sharedWithUids).toEqual([]);
    expect(contactInputSchema.parse({ ...input, sharedWithUids: ['marc', 'lea'] }).sharedWithUids).toEqual([
      'marc',
      'lea',
    ]);
    expect(contactInputSchema.safeParse({ ...input, sharedWithUids: ['marc', 'marc'] }).success).toBe(false);
    const many = Array.from({ length: 21 }, (_, index) => `agent-${index}`);
    expect(contactInputSchema.safeParse({ ...input, sharedWithUids: many }).success).toBe(false);
  });

  it('reads the map of contacts stored before the list, and nothing when there is neither', () => {
    const stored = {
      ...withoutSharing,
      id: 'c1',
      email: 'elodie@example.fr',
      phone: '+33612345678',
      createdBy: 'sophie',
      createdAt: new Date('2026-01-01'),
      updatedAt: new Date('2026-01-01'),
      portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
    };
    expect(contactSchema.parse({ ...stored, sharedWith: { marc: true, lea: true } }).sharedWithUids).toEqual([
      'marc',
      'lea',
    ]);
    expect(contactSchema.parse(stored).sharedWithUids).toEqual([]);
    expect(
      contactSchema.parse({ ...stored, sharedWithUids: ['lea'], sharedWith: { marc: true } }).sharedWithUids,
    ).toEqual(['lea']);
  });
});
