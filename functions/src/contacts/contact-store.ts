import {
  canChangeContactHolder,
  contactFullName,
  contactMatchKeys,
  isCollaborator,
  paths,
  type Contact,
  type ContactInput,
  type DuplicateMatch,
  type Member,
} from '@estate/domain';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';

import { contactConverter, memberConverter } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import type { Actor } from '../lib/staff';

/**
 * What every function that creates or edits a contact shares (`contacts-saveContact`, the portal leads,
 * the import): the fields derived from the typed input, a new contact's full document, the assigned
 * agent check and duplicate detection. The input is a validated `ContactInput` (phones in E.164).
 */

/** `array-contains-any` takes at most 30 values per query. */
const KEYS_PER_QUERY = 30;

/**
 * The tenant's contacts lock (`tenants/{t}/locks/contacts`, functions only), read in `tx` before the
 * duplicate query. Every transaction that adds emails or phones to the tenant's contacts (a create, an
 * edit with new ones, an import slice, a portal lead) reads it and, when it writes, writes it too
 * (`take`): two of them conflict on it, so the second one runs again and its duplicate query sees the
 * first one's contact. Without it, two creates of the same person could both find no duplicate.
 */
export async function readContactsLock(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
): Promise<{ take(now: Date): void }> {
  const ref: DocumentReference = db.doc(paths.contactsLock(tenantId));
  await tx.get(ref);
  return { take: (now) => void tx.set(ref, { updatedAt: now }) };
}

/**
 * Stored contacts sharing at least one match key (`e:<email>`, `p:<E.164>`) with `matchKeys`, whole,
 * for a caller that decides more (visibility, which row of an import matches). `excludeId` leaves out
 * the contact being edited (or several ids). Read in `tx`, after `readContactsLock`, by a caller about
 * to create or change a contact with these keys; without `tx`, as a read-only check.
 */
export async function findDuplicateContacts(
  db: Firestore,
  tenantId: string,
  matchKeys: readonly string[],
  excludeId?: string | readonly string[],
  tx?: Transaction,
): Promise<Contact[]> {
  const keys = [...new Set(matchKeys)];
  const excluded = new Set(typeof excludeId === 'string' ? [excludeId] : (excludeId ?? []));
  const found = new Map<string, Contact>();
  for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
    const chunk = keys.slice(start, start + KEYS_PER_QUERY);
    const query = db
      .collection(paths.contacts(tenantId))
      .withConverter(contactConverter)
      .where('matchKeys', 'array-contains-any', chunk);
    const snapshot = tx ? await tx.get(query) : await query.get();
    for (const doc of snapshot.docs) if (!excluded.has(doc.id)) found.set(doc.id, doc.data());
  }
  return [...found.values()];
}

/** How a stored contact is reported as a duplicate of something with these keys. */
export function duplicateMatch(contact: Contact, matchKeys: readonly string[]): DuplicateMatch {
  const keys = new Set(matchKeys);
  return {
    contactId: contact.id,
    displayName: contactFullName(contact),
    kind: contact.kind,
    assignedAgentUid: contact.assignedAgentUid,
    sharedKeys: contact.matchKeys.filter((key) => keys.has(key)),
  };
}

/**
 * The assigned agent, who must be an active collaborator (owner, admin, manager or agent); refused
 * otherwise. Its `managerUid` is the contact's, so the manager sees the contact in "own" mode.
 */
export async function readAssignee(db: Firestore, tx: Transaction, tenantId: string, uid: string): Promise<Member> {
  const member = (await tx.get(db.doc(paths.member(tenantId, uid)).withConverter(memberConverter))).data();
  if (!member || member.status !== 'active' || !isCollaborator(member.role)) {
    throw new Refusal(
      'failed-precondition',
      'The assigned agent must be an active collaborator of the agency.',
      'assignee-not-active',
    );
  }
  return member;
}

/**
 * The sharing a save writes (`sharedWithUids`): the requested collaborators without repeats and
 * without the assigned agent. Unchanged, it is kept whoever saves; a change is for owner and admin,
 * the contact's assigned agent or their manager only (for a new contact: its assignee or their
 * manager), and every collaborator added must be an active one.
 */
export async function readSharing(
  db: Firestore,
  tx: Transaction,
  actor: Actor,
  holder: Pick<Contact, 'assignedAgentUid' | 'managerUid'>,
  previous: readonly string[],
  input: Pick<ContactInput, 'sharedWithUids' | 'assignedAgentUid'>,
): Promise<string[]> {
  const requested = [...new Set(input.sharedWithUids)].filter((uid) => uid !== input.assignedAgentUid);
  const kept = previous.filter((uid) => uid !== input.assignedAgentUid);
  const before = new Set(kept);
  if (requested.length === kept.length && requested.every((uid) => before.has(uid))) return kept;
  if (!canChangeContactHolder({ uid: actor.uid, role: actor.role }, holder)) {
    throw new Refusal(
      'permission-denied',
      'Only the owner, an admin, the assigned agent or their manager may change with whom a contact is shared.',
      'sharing-not-allowed',
    );
  }
  const added = requested.filter((uid) => !before.has(uid));
  const members = await Promise.all(
    added.map(async (uid) =>
      (await tx.get(db.doc(paths.member(actor.tenantId, uid)).withConverter(memberConverter))).data(),
    ),
  );
  const inactive = added.filter((_, index) => {
    const member = members[index];
    return !member || member.status !== 'active' || !isCollaborator(member.role);
  });
  if (inactive.length > 0) {
    throw new Refusal(
      'invalid-argument',
      `contact.sharedWithUids: ${inactive.join(', ')} ${inactive.length > 1 ? 'are not active collaborators' : 'is not an active collaborator'} of the agency`,
      'sharee-not-collaborator',
    );
  }
  return requested;
}

/** The fields a save writes, derived from the input: what a create and an edit have in common. */
export type ContactWriteFields = Omit<
  Contact,
  'id' | 'sharedWithUids' | 'unverifiedEmails' | 'conversion' | 'deletionRequest' | 'createdBy' | 'createdAt' | 'portal'
>;

/**
 * The input with its derived fields: `email` and `phone` (the first of each), `matchKeys`, the
 * manager, and the consent date (now when marketing consent is given without a date).
 */
export function contactWriteFields(
  input: ContactInput,
  context: { managerUid: string | null; now: Date },
): ContactWriteFields {
  const consentAt = input.consent.marketing && input.consent.at === null ? context.now : input.consent.at;
  return {
    kind: input.kind,
    clientType: input.clientType,
    identityType: input.identityType,
    civility: input.civility,
    firstName: input.firstName,
    lastName: input.lastName,
    companyName: input.companyName,
    legalForm: input.legalForm,
    registrationNumber: input.registrationNumber,
    emails: input.emails.map((email) => ({ address: email.address.toLowerCase(), label: email.label })),
    phones: input.phones.map((phone) => ({ number: phone.number, label: phone.label })),
    email: input.emails[0]?.address.toLowerCase() ?? '',
    phone: input.phones[0]?.number ?? '',
    address: { ...input.address },
    locale: input.locale,
    tags: [...new Set(input.tags)],
    originId: input.originId,
    consent: { marketing: input.consent.marketing, at: consentAt, source: input.consent.source },
    assignedAgentUid: input.assignedAgentUid,
    managerUid: context.managerUid,
    matchKeys: contactMatchKeys(input),
    updatedAt: context.now,
  };
}

export interface NewContactParams {
  id: string;
  input: ContactInput;
  createdBy: string;
  /** The assigned agent's manager (their member's `managerUid`), or null. */
  managerUid: string | null;
  /** Checked by `readSharing` (contacts-saveContact); imports and portal leads share with nobody. */
  sharedWithUids?: string[];
  now: Date;
}

/** A new contact's full document (`contactSchema`): no portal, no conversion yet, shared as given. */
export function buildNewContact(params: NewContactParams): Contact {
  return {
    id: params.id,
    ...contactWriteFields(params.input, { managerUid: params.managerUid, now: params.now }),
    sharedWithUids: params.sharedWithUids ?? [],
    unverifiedEmails: [],
    conversion: null,
    deletionRequest: null,
    createdBy: params.createdBy,
    createdAt: params.now,
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
  };
}
