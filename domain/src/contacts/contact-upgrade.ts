import { contactMatchKeys, EMPTY_ADDRESS, NO_CONSENT, type ContactEmail, type ContactPhone } from './contact.schema';
import { normalisePhone } from './phone';

/**
 * The fields a contact stored before the contact model (first name, last name, one `email`, one
 * `phone` as typed, a client type) lacks, so the list by kind, the duplicate detection and the
 * visibility clauses find it. Only missing fields are given; what is there is never changed. A phone
 * that is not a possible number in the agency's country stays in `phone` as typed, outside `phones`.
 * Returns null when nothing is missing.
 */
export function missingContactFields(
  stored: Record<string, unknown>,
  country: string,
  managerUid: string | null,
): Record<string, unknown> | null {
  const missing: Record<string, unknown> = {};
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const give = (field: string, value: unknown) => {
    if (!(field in stored)) missing[field] = value;
  };

  let emails = stored.emails as ContactEmail[] | undefined;
  if (!Array.isArray(stored.emails)) {
    const email = text(stored.email).toLowerCase();
    emails = email ? [{ address: email, label: 'personal' }] : [];
    missing.emails = emails;
  }
  let phones = stored.phones as ContactPhone[] | undefined;
  if (!Array.isArray(stored.phones)) {
    const number = text(stored.phone) ? normalisePhone(text(stored.phone), country) : null;
    phones = number ? [{ number, label: 'mobile' }] : [];
    missing.phones = phones;
    if (number) missing.phone = number;
  }
  give('kind', 'client');
  give('identityType', 'person');
  give('civility', '');
  give('companyName', '');
  give('legalForm', '');
  give('registrationNumber', '');
  give('email', emails?.[0]?.address ?? '');
  give('phone', phones?.[0]?.number ?? '');
  give('address', EMPTY_ADDRESS);
  give('tags', []);
  give('originId', null);
  give('consent', NO_CONSENT);
  give('managerUid', managerUid);
  if (!Array.isArray(stored.sharedWithUids)) {
    const legacy = stored.sharedWith;
    missing.sharedWithUids =
      legacy !== null && typeof legacy === 'object' && !Array.isArray(legacy)
        ? Object.entries(legacy as Record<string, unknown>)
            .filter(([, shared]) => shared === true)
            .map(([uid]) => uid)
        : [];
  }
  give('conversion', null);
  give('deletionRequest', null);
  if (!Array.isArray(stored.matchKeys))
    missing.matchKeys = contactMatchKeys({ emails: emails ?? [], phones: phones ?? [] });
  return Object.keys(missing).length > 0 ? missing : null;
}
