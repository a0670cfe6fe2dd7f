import {
  canSeeContact,
  contactsSettingsModel,
  DEFAULT_CONTACTS_SETTINGS,
  DEFAULT_PIPELINE_SETTINGS,
  historyEntryModel,
  interestModel,
  isCollaborator,
  paths,
  pipelineSettingsModel,
  propertyModel,
  tracfinFileModel,
  type Contact,
  type PipelineSettings,
  type Property,
  type TracfinFile,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { contactConverter, converterOf, decodeData, readSettings } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import { readActor, type Actor } from '../lib/staff';

export const propertyConverter = converterOf(propertyModel);
export const interestConverter = converterOf(interestModel);
export const historyConverter = converterOf(historyEntryModel);

/** The buyer's Tracfin file, null when there is none or it does not parse (then all of it is missing). */
export async function readTracfinFile(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  contactId: string,
): Promise<TracfinFile | null> {
  const snapshot = await tx.get(db.doc(paths.buyerFile(tenantId, contactId, 'tracfin')));
  if (!snapshot.exists) return null;
  const decoded = decodeData(tracfinFileModel, snapshot.data());
  return decoded.ok ? decoded.value : null;
}

/**
 * The tenant's pipeline settings; the defaults when absent. The rules check the document's shape but
 * cannot walk its lists and maps, so a document that does not parse falls back to the defaults rather
 * than stopping every phase change.
 */
export async function readPipelineSettings(
  db: Firestore,
  tx: Transaction | null,
  tenantId: string,
): Promise<PipelineSettings> {
  const ref = db.doc(paths.pipelineSettings(tenantId));
  const snapshot = tx ? await tx.get(ref) : await ref.get();
  return readSettings(pipelineSettingsModel, snapshot, DEFAULT_PIPELINE_SETTINGS);
}

export async function readProperty(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  propertyId: string,
): Promise<Property> {
  const property = (await tx.get(db.doc(paths.property(tenantId, propertyId)).withConverter(propertyConverter))).data();
  if (!property) throw new Refusal('not-found', 'This property does not exist.', 'property-not-found');
  return property;
}

/** The caller, an active collaborator of their tenant: partners and clients do not work the pipeline. */
export async function readPipelineCollaborator(db: Firestore, tx: Transaction, caller: Caller): Promise<Actor> {
  const actor = await readActor(db, tx, caller);
  if (!isCollaborator(actor.role)) {
    throw new Refusal('permission-denied', 'Only collaborators of the agency do this.', 'not-collaborator');
  }
  return actor;
}

/**
 * A contact the actor sees under the tenant's visibility setting. One they may not see answers like
 * one that does not exist, so a callable never reveals more than a read would.
 */
export async function readVisibleContact(
  db: Firestore,
  tx: Transaction,
  actor: Actor,
  contactId: string,
): Promise<Contact> {
  const [contactSnapshot, settingsSnapshot] = await Promise.all([
    tx.get(db.doc(paths.contact(actor.tenantId, contactId)).withConverter(contactConverter)),
    tx.get(db.doc(paths.contactsSettings(actor.tenantId))),
  ]);
  const settings = readSettings(contactsSettingsModel, settingsSnapshot, DEFAULT_CONTACTS_SETTINGS);
  const contact = contactSnapshot.data();
  if (!contact || !canSeeContact(settings.visibility, { uid: actor.uid, role: actor.role }, contact)) {
    throw new Refusal('not-found', 'This client does not exist or is not yours to see.', 'contact-not-found');
  }
  return contact;
}
