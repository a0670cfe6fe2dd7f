import {
  canReassignListing,
  canSeeContact,
  contactModel,
  formatPropertyReference,
  isCollaborator,
  paths,
  propertyCounterModel,
  propertyModel,
  type Property,
  type SavePropertyInput,
  type SavePropertyResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { decodeData, memberConverter, readModel, readSettings, toStored } from '../lib/converters';
import { readContactsSettings } from '../contacts/contact-access';
import type { Deps } from '../lib/deps';
import { propertiesLog } from './properties.log';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { addressKeys, staffAuthor, storedLocation, writeStatusChange } from './property-store';
import { runTransaction } from '../lib/transactions';

/**
 * Creates (`propertyId` null) or updates a property. A new property takes the request id as its
 * document id, so a create sent twice finds the first and answers it unchanged; its reference is the
 * next number of its deal type, read and raised on `counters/properties` in the same transaction, so
 * concurrent creates serialise and never share a number. The deal type, which the reference names,
 * does not change afterwards. A seller added must be a contact the caller sees (`seller-not-found`
 * otherwise, as for a missing one), and only owner, admin or the listing agent's manager give an
 * existing listing to another agent (`canReassignListing`): its agent receives its portal leads.
 *
 * The form owns the fields of `propertyInputSchema`; every other stored field (photos, what the
 * mandates capability sets) is kept as stored, so the save spreads the stored document first. The
 * server derives the geohash, the city key and the search tokens. A status that changes (and the first
 * status of a new property) writes a `status-change` history entry in the same transaction.
 */
export async function saveProperty(deps: Deps, caller: Caller, input: SavePropertyInput): Promise<SavePropertyResult> {
  const { db } = deps;
  const now = deps.now();
  const result = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const creating = input.propertyId === null;
    const ref = db.doc(paths.property(tenantId, input.propertyId ?? input.requestId));
    const snapshot = await tx.get(ref);
    const stored = snapshot.exists ? (snapshot.data() ?? {}) : null;
    const existing = readModel(propertyModel, snapshot) ?? undefined;
    if (creating && existing) return { propertyId: existing.id, reference: existing.reference, written: null };
    if (!creating && !existing) {
      throw new Refusal('not-found', 'This property does not exist.', 'property-not-found');
    }
    if (existing && existing.dealType !== input.property.dealType) {
      throw new Refusal(
        'failed-precondition',
        'A property cannot change between sale and rental: its reference says which it is.',
        'deal-type-fixed',
      );
    }

    const fields = input.property;
    const counterRef = db.doc(paths.propertyCounter(tenantId));
    const reassigned = existing !== undefined && existing.assignedAgentUid !== fields.assignedAgentUid;
    // Sellers already on the listing stay whoever saves; one added must be a contact the caller sees.
    const addedSellers = fields.sellerContactIds.filter((id) => !existing?.sellerContactIds.includes(id));
    const statusChanged = existing?.status !== fields.status;
    const [agent, formerAgent, sellers, counter, settings, tenant] = await Promise.all([
      tx.get(db.doc(paths.member(tenantId, fields.assignedAgentUid)).withConverter(memberConverter)),
      reassigned
        ? tx.get(db.doc(paths.member(tenantId, existing.assignedAgentUid)).withConverter(memberConverter))
        : Promise.resolve(null),
      Promise.all(fields.sellerContactIds.map((id) => tx.get(db.doc(paths.contact(tenantId, id))))),
      creating ? tx.get(counterRef) : Promise.resolve(null),
      addedSellers.length > 0 ? readContactsSettings(db, tx, tenantId) : Promise.resolve(null),
      statusChanged ? readTenant(db, tx, tenantId) : Promise.resolve(null),
    ]);
    if (
      reassigned &&
      !canReassignListing(
        { uid: actor.uid, role: actor.role },
        { agentUid: existing.assignedAgentUid, agentManagerUid: formerAgent?.data()?.managerUid ?? null },
      )
    ) {
      throw new Refusal(
        'permission-denied',
        "Only the owner, an admin or the listing agent's manager may give this property to another agent.",
        'listing-reassign-not-allowed',
      );
    }
    const member = agent.data();
    if (!member || member.status !== 'active' || !isCollaborator(member.role)) {
      throw new Refusal(
        'failed-precondition',
        'The agent in charge must be an active collaborator of the agency.',
        'agent-not-active',
      );
    }
    const viewer = { uid: actor.uid, role: actor.role };
    const unseen = (seller: (typeof sellers)[number]) => {
      if (!seller.exists) return true;
      if (settings === null || !addedSellers.includes(seller.id)) return false;
      const contact = decodeData(contactModel, seller.data());
      return !contact.ok || !canSeeContact(settings.visibility, viewer, contact.value);
    };
    // A seller the caller does not see answers like a missing one: a save never tells more than a read.
    if (sellers.some(unseen)) {
      throw new Refusal(
        'failed-precondition',
        'A seller of this property does not exist any more.',
        'seller-not-found',
      );
    }

    let reference = existing?.reference ?? '';
    if (counter) {
      const numbers = readSettings(propertyCounterModel, counter, { sale: 0, rental: 0 });
      const next = numbers[fields.dealType] + 1;
      reference = formatPropertyReference(fields.dealType, next);
      tx.set(counterRef, { ...numbers, [fields.dealType]: next });
    }
    const property: Property = {
      ...fields,
      location: storedLocation(fields.location),
      ...addressKeys(fields.address),
      id: ref.id,
      reference,
      visitCount: existing?.visitCount ?? 0,
      offerCount: existing?.offerCount ?? 0,
      // Photos are written by their own functions only (files-checkUpload, properties-*Photo*).
      photos: existing?.photos ?? [],
      createdBy: existing?.createdBy ?? actor.uid,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    // Stored fields the form does not own (other capabilities') stay as they are.
    tx.set(ref, { ...stored, ...toStored(property) });
    if (tenant) {
      writeStatusChange(db, tx, {
        author: staffAuthor(actor),
        locale: tenant.locale,
        property,
        from: existing?.status ?? null,
        to: property.status,
        now,
      });
    }
    return { propertyId: ref.id, reference, written: { tenantId, created: creating, by: actor.uid } };
  });
  if (result.written) {
    const { tenantId, created, by } = result.written;
    propertiesLog.propertySaved(tenantId, result.propertyId, result.reference, created, by);
  }
  return { propertyId: result.propertyId, reference: result.reference };
}
