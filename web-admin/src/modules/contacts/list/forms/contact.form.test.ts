import { describe, expect, it } from 'vitest';
import { contactToForm, emptyContactForm } from './contact.form';

describe('the form values', () => {
  it('start shared with nobody and keep the stored sharing when editing', () => {
    const empty = emptyContactForm('fr', 'sophie');
    expect(empty.sharedWithUids).toEqual([]);
    const stored = {
      ...empty,
      id: 'c1',
      emails: [],
      unverifiedEmails: [],
      phones: [],
      consent: { marketing: false, at: null, source: '' },
      email: '',
      phone: '',
      managerUid: null,
      sharedWithUids: ['marc'],
      matchKeys: [],
      conversion: null,
      deletionRequest: null,
      createdBy: 'sophie',
      createdAt: new Date(),
      updatedAt: new Date(),
      portal: { status: 'none' as const, uid: null, invitedAt: null, invitedBy: null },
      kind: 'client' as const,
      clientType: 'buyer' as const,
      identityType: 'person' as const,
      civility: '' as const,
      locale: 'fr' as const,
      tags: [],
      address: { street: '', postalCode: '', city: '', country: '' },
      originId: null,
      assignedAgentUid: 'sophie',
      firstName: 'Élodie',
      lastName: 'Lefèvre',
      companyName: '',
      legalForm: '',
      registrationNumber: '',
    };
    expect(contactToForm(stored).sharedWithUids).toEqual(['marc']);
  });
});
