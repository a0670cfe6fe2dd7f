import {
  canChangeContactHolder,
  canSeeContact,
  contactMatchKeys,
  describeIssues,
  paths,
  pendingUnverifiedEmails,
  saveContactInputSchemaFor,
  type ContactsSettings,
  type DuplicateMatch,
  type SaveContactEnvelope,
  type SaveContactInput,
  type SaveContactResult,
} from '@estate/domain';
import type { Transaction } from 'firebase-admin/firestore';

import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { Refusal } from '../lib/refusal';
import type { Actor } from '../lib/staff';
import { tenantConverter, toStored } from '../lib/converters';
import { readCollaboratorActor, readContactsSettings, readVisibleContact } from './contact-access';
import {
  buildNewContact,
  contactWriteFields,
  duplicateMatch,
  findDuplicateContacts,
  readAssignee,
  readContactsLock,
  readSharing,
} from './contact-store';
import { runTransaction } from '../lib/transactions';

/**
 * A match the caller may not read (the "own" setting) still warns them, without its name: they learn
 * that the person is followed by a colleague, not who the person is.
 */
async function visibleMatches(
  deps: Pick<Deps, 'db'>,
  actor: Actor,
  settings: ContactsSettings,
  keys: string[],
  excludeId: string | null,
  tx: Transaction,
): Promise<DuplicateMatch[]> {
  const contacts = await findDuplicateContacts(deps.db, actor.tenantId, keys, excludeId ?? undefined, tx);
  return contacts
    .map((contact) => {
      const match = duplicateMatch(contact, keys);
      const visible = canSeeContact(settings.visibility, { uid: actor.uid, role: actor.role }, contact);
      return visible ? match : { ...match, displayName: '' };
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/**
 * `contacts-saveContact`: creates (`contactId` null) or edits a contact. The caller must see the contact
 * they edit, the assigned agent must be an active collaborator (and only those who may change who
 * holds the contact, `canChangeContactHolder`, give it to another agent), a chosen origin one of the tenant's
 * active origins, and a change of sharing is checked by `readSharing`. New emails or phones already on
 * another contact hold the save back and answer the matches, unless the user confirmed with
 * `allowDuplicates`. The kind changes only by conversion. A save bringing new emails or phones takes
 * the contacts lock (readContactsLock), so of two simultaneous creates of the same person the second
 * one finds the first and answers its match.
 */
async function saveContact(deps: Deps, caller: Caller, input: SaveContactInput): Promise<SaveContactResult> {
  const { db } = deps;
  const now = deps.now();
  const result = await runTransaction(db, async (tx): Promise<SaveContactResult & { created?: boolean }> => {
    const actor = await readCollaboratorActor(db, tx, caller);
    const tenantId = actor.tenantId;
    const settings = await readContactsSettings(db, tx, tenantId);
    const existing = input.contactId ? await readVisibleContact(db, tx, actor, input.contactId) : null;
    const contact = input.contact;
    if (existing && existing.kind !== contact.kind) {
      throw new Refusal(
        'failed-precondition',
        'The kind of a contact changes only by converting the prospect.',
        'kind-change',
      );
    }
    if (
      existing &&
      existing.assignedAgentUid !== contact.assignedAgentUid &&
      !canChangeContactHolder({ uid: actor.uid, role: actor.role }, existing)
    ) {
      throw new Refusal(
        'permission-denied',
        'Only the owner, an admin, the assigned agent or their manager may give this contact to another agent.',
        'reassign-not-allowed',
      );
    }
    const assignee = await readAssignee(db, tx, tenantId, contact.assignedAgentUid);
    if (contact.originId !== null && contact.originId !== existing?.originId) {
      const origin = settings.origins.find((candidate) => candidate.id === contact.originId);
      if (!origin?.active) {
        throw new Refusal('failed-precondition', 'This lead origin is not one of the agency’s.', 'unknown-origin');
      }
    }

    // Keys the contact already had were accepted before: only new ones are checked again.
    const known = new Set(existing?.matchKeys ?? []);
    const newKeys = contactMatchKeys(contact).filter((key) => !known.has(key));
    // Taken with "create anyway" too: a concurrent save checking these keys must see this one.
    const lock = newKeys.length > 0 ? await readContactsLock(db, tx, tenantId) : null;
    if (!input.allowDuplicates && newKeys.length > 0) {
      const matches = await visibleMatches(deps, actor, settings, newKeys, existing?.id ?? null, tx);
      if (matches.length > 0) return { status: 'duplicates', matches };
    }

    const managerUid = assignee.managerUid ?? null;
    // Sharing is decided by whoever holds the contact now (for a new one, its assignee).
    const holder = existing ?? { assignedAgentUid: contact.assignedAgentUid, managerUid };
    const sharedWithUids = await readSharing(db, tx, actor, holder, existing?.sharedWithUids ?? [], contact);
    lock?.take(now);
    if (existing) {
      const ref = db.doc(paths.contact(tenantId, existing.id));
      // An unconfirmed email the agent added to the emails is confirmed (pendingUnverifiedEmails).
      const unverifiedEmails = pendingUnverifiedEmails(existing.unverifiedEmails, contact.emails);
      tx.update(
        ref,
        toStored({ ...contactWriteFields(contact, { managerUid, now }), sharedWithUids, unverifiedEmails }),
      );
      return { status: 'saved', contactId: existing.id, created: false };
    }
    const ref = db.collection(paths.contacts(tenantId)).doc();
    tx.create(
      ref,
      toStored(buildNewContact({ id: ref.id, input: contact, createdBy: actor.uid, managerUid, sharedWithUids, now })),
    );
    return { status: 'saved', contactId: ref.id, created: true };
  });
  if (result.status === 'duplicates') return { status: 'duplicates', matches: result.matches };
  contactsLog.contactSaved(caller.claims?.tenantId ?? '', result.contactId, result.created === true, caller.uid);
  return { status: 'saved', contactId: result.contactId };
}

/**
 * The callable's entry: the envelope is checked by the wrapper, the contact here, its phones read in
 * the agency's country (`tenant.country`) and stored in E.164. A bad contact answers invalid-argument
 * naming the field (`contact.phones.0.number: invalid phone number`) and writes nothing.
 */
export async function saveContactRequest(
  deps: Deps,
  caller: Caller,
  request: SaveContactEnvelope,
): Promise<SaveContactResult> {
  const tenantId = caller.claims?.tenantId;
  if (!tenantId || caller.claims?.role === 'client') {
    throw new Refusal('permission-denied', 'Only members of an agency team may do this.', 'not-staff');
  }
  const tenant = (await deps.db.doc(paths.tenant(tenantId)).withConverter(tenantConverter).get()).data();
  if (!tenant) throw new Refusal('not-found', 'This agency does not exist.', 'tenant-not-found');
  const parsed = saveContactInputSchemaFor(tenant.country).safeParse(request);
  if (!parsed.success) throw new Refusal('invalid-argument', describeIssues(parsed.error), 'invalid-contact');
  return saveContact(deps, caller, parsed.data);
}
