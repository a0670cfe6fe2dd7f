import { describe, expect, it } from 'vitest';
import { missingContactFields } from './contact-upgrade';

const legacy = {
  id: 'c1',
  firstName: 'Julien',
  lastName: 'Moreau',
  email: 'Julien@Example.fr',
  phone: '06 12 34 56 78',
  locale: 'fr',
  clientType: 'buyer',
  assignedAgentUid: 'sophie',
};

describe('missingContactFields', () => {
  it('gives a contact of the first shape the fields of the contact model', () => {
    expect(missingContactFields(legacy, 'FR', 'marc')).toEqual({
      emails: [{ address: 'julien@example.fr', label: 'personal' }],
      phones: [{ number: '+33612345678', label: 'mobile' }],
      phone: '+33612345678',
      kind: 'client',
      identityType: 'person',
      civility: '',
      companyName: '',
      legalForm: '',
      registrationNumber: '',
      address: { street: '', postalCode: '', city: '', country: '' },
      tags: [],
      originId: null,
      consent: { marketing: false, at: null, source: '' },
      managerUid: 'marc',
      sharedWithUids: [],
      conversion: null,
      deletionRequest: null,
      matchKeys: ['e:julien@example.fr', 'p:+33612345678'],
    });
  });

  it('keeps a phone it cannot read as typed, outside the list', () => {
    const fields = missingContactFields({ ...legacy, phone: '12' }, 'FR', null);
    expect(fields).toMatchObject({ phones: [], matchKeys: ['e:julien@example.fr'] });
    expect(fields).not.toHaveProperty('phone');
  });

  it('finds nothing missing on a contact of the current shape', () => {
    const upgraded = { ...legacy, ...missingContactFields(legacy, 'FR', null) };
    expect(missingContactFields(upgraded, 'FR', null)).toBeNull();
  });
});
