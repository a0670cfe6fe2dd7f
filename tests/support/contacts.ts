import { randomUUID } from 'node:crypto';
import { contactMatchKeys, NO_CONSENT, type Contact } from '@estate/domain';

/**
 * A full stored contact (`contactSchema`) as the `contacts-*` callables write it, for tests that put
 * one in the database directly. `email`, `phone` and `matchKeys` follow `emails` and `phones` unless
 * the overrides set them, so a test that gives two phones gets a consistent document.
 */
export function contactDoc(overrides: Partial<Contact> = {}): Contact {
  const now = new Date();
  const base: Contact = {
    id: randomUUID().replace(/-/g, '').slice(0, 20),
    kind: 'client',
    clientType: 'buyer',
    identityType: 'person',
    civility: '',
    firstName: 'Camille',
    lastName: 'Client',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails: [],
    phones: [],
    unverifiedEmails: [],
    email: '',
    phone: '',
    address: { street: '', postalCode: '', city: '', country: '' },
    locale: 'fr',
    tags: [],
    originId: null,
    consent: NO_CONSENT,
    assignedAgentUid: 'agent',
    managerUid: null,
    sharedWithUids: [],
    matchKeys: [],
    conversion: null,
    deletionRequest: null,
    createdBy: overrides.assignedAgentUid ?? 'agent',
    createdAt: now,
    updatedAt: now,
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
  };
  const merged: Contact = { ...base, ...overrides };
  // A test giving only `email` (the old shape's habit) gets it as the single email.
  if (overrides.emails === undefined && overrides.email) {
    merged.emails = [{ address: overrides.email, label: 'personal' }];
  }
  if (overrides.phones === undefined && overrides.phone) {
    merged.phones = [{ number: overrides.phone, label: 'mobile' }];
  }
  return {
    ...merged,
    email: overrides.email ?? merged.emails[0]?.address ?? '',
    phone: overrides.phone ?? merged.phones[0]?.number ?? '',
    matchKeys: overrides.matchKeys ?? contactMatchKeys(merged),
  };
}
