import {
  canSeeContact,
  contactsSettingsModel,
  DEFAULT_CONTACTS_SETTINGS,
  isCollaborator,
  isTeamManager,
  paths,
  type Contact,
  type ContactsSettings,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { contactConverter, readSettings } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import { readActor, type Actor } from '../lib/staff';

/** The tenant's contacts settings, or the defaults ("shared", no origin) when never saved. */
export async function readContactsSettings(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
): Promise<ContactsSettings> {
  const snapshot = await tx.get(db.doc(paths.contactsSettings(tenantId)));
  return readSettings(contactsSettingsModel, snapshot, DEFAULT_CONTACTS_SETTINGS);
}

export async function readCollaboratorActor(db: Firestore, tx: Transaction, caller: Caller): Promise<Actor> {
  const actor = await readActor(db, tx, caller);
  if (!isCollaborator(actor.role))
    throw new Refusal('permission-denied', 'Only collaborators of the agency work with clients.', 'not-collaborator');
  return actor;
}

export async function readTeamManagerActor(db: Firestore, tx: Transaction, caller: Caller): Promise<Actor> {
  const actor = await readActor(db, tx, caller);
  if (!isTeamManager(actor.role))
    throw new Refusal('permission-denied', 'Only the owner or an admin may do this.', 'not-team-manager');
  return actor;
}

const notFound = () => new Refusal('not-found', 'This contact does not exist.', 'contact-not-found');

/**
 * The contact, if the actor sees it under the tenant's visibility setting. A contact the actor does
 * not see answers like a missing one, so a callable never tells more than a read would.
 */
export async function readVisibleContact(
  db: Firestore,
  tx: Transaction,
  actor: Actor,
  contactId: string,
): Promise<Contact> {
  const snapshot = await tx.get(db.doc(paths.contact(actor.tenantId, contactId)).withConverter(contactConverter));
  const contact = snapshot.data();
  if (!contact) throw notFound();
  if (isTeamManager(actor.role)) return contact;
  const settings = await readContactsSettings(db, tx, actor.tenantId);
  if (!canSeeContact(settings.visibility, { uid: actor.uid, role: actor.role }, contact)) throw notFound();
  return contact;
}
