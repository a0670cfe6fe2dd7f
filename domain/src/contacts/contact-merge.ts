import {
  CONTACT_EMAILS_MAX,
  CONTACT_PHONES_MAX,
  CONTACT_SHARES_MAX,
  CONTACT_TAGS_MAX,
  contactMatchKeys,
  pendingUnverifiedEmails,
  UNVERIFIED_EMAILS_MAX,
  type Address,
  type Consent,
  type Contact,
} from './contact.schema';

/** What `contacts-mergeContacts` writes on the contact it keeps. */
export type MergedContactFields = Pick<
  Contact,
  | 'kind'
  | 'clientType'
  | 'conversion'
  | 'civility'
  | 'firstName'
  | 'lastName'
  | 'companyName'
  | 'legalForm'
  | 'registrationNumber'
  | 'emails'
  | 'unverifiedEmails'
  | 'phones'
  | 'email'
  | 'phone'
  | 'address'
  | 'tags'
  | 'originId'
  | 'consent'
  | 'sharedWithUids'
  | 'matchKeys'
>;

function unionBy<T>(first: readonly T[], second: readonly T[], key: (item: T) => string, max: number): T[] {
  const seen = new Set(first.map(key));
  const result = [...first];
  for (const item of second) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    result.push(item);
  }
  return result.slice(0, max);
}

const isEmptyAddress = (address: Address) => !address.street && !address.postalCode && !address.city;
const isEmptyConsent = (consent: Consent) => !consent.marketing && consent.at === null && !consent.source;
/** Consent refused or taken back (an unsubscribe link, a phone call), as opposed to never asked. */
const isWithdrawal = (consent: Consent) => !consent.marketing && consent.source.trim() !== '';
const timeOf = (consent: Consent) => consent.at?.getTime() ?? Number.NEGATIVE_INFINITY;

/**
 * The consent of two records of one person: a withdrawal on either wins (the latest if both withdrew),
 * so a merge never subscribes again someone who unsubscribed; otherwise the most recent one, the kept
 * contact's on a tie unless it holds nothing.
 */
export function mergeConsent(keep: Consent, merged: Consent): Consent {
  const withdrawals = [keep, merged].filter(isWithdrawal);
  const candidates = withdrawals.length > 0 ? withdrawals : [keep, merged];
  return candidates.reduce((best, consent) =>
    timeOf(consent) > timeOf(best) || (timeOf(consent) === timeOf(best) && isEmptyConsent(best)) ? consent : best,
  );
}

/**
 * The kept contact after `merged` is folded into it: the kept values win, empty ones are filled from
 * the merged contact, emails, phones, tags and sharing are united (within their caps, the kept ones
 * first), and a withdrawn consent is never undone (mergeConsent). A prospect merged with a client is
 * the client: the person already entrusted a project.
 */
export function mergeContactFields(keep: Contact, merged: Contact): MergedContactFields {
  const emails = unionBy(keep.emails, merged.emails, (email) => email.address.toLowerCase(), CONTACT_EMAILS_MAX);
  const phones = unionBy(keep.phones, merged.phones, (phone) => phone.number, CONTACT_PHONES_MAX);
  const becomesClient = keep.kind !== 'client' && merged.kind === 'client';
  return {
    kind: becomesClient ? 'client' : keep.kind,
    clientType: becomesClient ? merged.clientType : keep.clientType,
    conversion: becomesClient ? merged.conversion : keep.conversion,
    civility: keep.civility || merged.civility,
    firstName: keep.firstName || merged.firstName,
    lastName: keep.lastName || merged.lastName,
    companyName: keep.companyName || merged.companyName,
    legalForm: keep.legalForm || merged.legalForm,
    registrationNumber: keep.registrationNumber || merged.registrationNumber,
    emails,
    // Still unconfirmed on either record, unless the other already holds it as a real email.
    unverifiedEmails: pendingUnverifiedEmails(
      unionBy(
        keep.unverifiedEmails,
        merged.unverifiedEmails,
        (entry) => entry.address.toLowerCase(),
        UNVERIFIED_EMAILS_MAX,
      ),
      emails,
    ),
    phones,
    email: emails[0]?.address ?? '',
    phone: phones[0]?.number ?? '',
    address: isEmptyAddress(keep.address) ? merged.address : keep.address,
    tags: unionBy(keep.tags, merged.tags, (tag) => tag.toLocaleLowerCase(), CONTACT_TAGS_MAX),
    originId: keep.originId ?? merged.originId,
    consent: mergeConsent(keep.consent, merged.consent),
    sharedWithUids: [...new Set([...keep.sharedWithUids, ...merged.sharedWithUids])]
      .filter((uid) => uid !== keep.assignedAgentUid)
      .slice(0, CONTACT_SHARES_MAX),
    matchKeys: contactMatchKeys({ emails, phones }),
  };
}
