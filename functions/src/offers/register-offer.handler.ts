import {
  assertTracfinComplete,
  contactFullName,
  paths,
  TracfinIncompleteError,
  type Contact,
  type Offer,
  type OfferResult,
  type RegisterOfferInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { addressLine } from '../mandates/mandate-store';
import {
  readPipelineCollaborator,
  readProperty,
  readTracfinFile,
  readVisibleContact,
} from '../pipeline/pipeline-store';
import { offerRef, writeOffer } from './offer-store';
import { offersLog } from './offers.log';
import { runTransaction } from '../lib/transactions';

/** Midnight UTC of `now`'s day: a date field's day is compared with it. */
export function startOfDay(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/**
 * Registers a buyer's offer on a property for sale, under `requestId` (a registration sent twice makes
 * one offer and counts once). Every buyer must be a contact the agent sees, not a seller of the
 * property, with an email to sign with, and a complete Tracfin file (`assertTracfinComplete`: refused
 * `tracfin-incomplete` with the buyer and what is missing). In one transaction the offer is created as
 * a draft, with the sellers' projection, and the property's `offerCount` goes up by one; the trigger
 * (`offers-onOfferWritten`) then renders its PDF and sends it to the buyers for signature.
 */
export async function registerOffer(deps: Deps, caller: Caller, input: RegisterOfferInput): Promise<OfferResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const ref = offerRef(db, tenantId, input.requestId);
    const existing = (await tx.get(ref)).data();
    if (existing) return { offerId: existing.id, status: existing.status, created: null };
    const [property, tenant] = await Promise.all([
      readProperty(db, tx, tenantId, input.propertyId),
      readTenant(db, tx, tenantId),
    ]);
    if (property.dealType !== 'sale') {
      throw new Refusal(
        'failed-precondition',
        'Purchase offers are made on properties for sale.',
        'property-not-for-sale',
      );
    }
    const buyers: Contact[] = [];
    for (const contactId of input.buyerContactIds) buyers.push(await readVisibleContact(db, tx, actor, contactId));
    const files = await Promise.all(buyers.map((buyer) => readTracfinFile(db, tx, tenantId, buyer.id)));
    for (const buyer of buyers) {
      if (property.sellerContactIds.includes(buyer.id)) {
        throw new Refusal('failed-precondition', `${contactFullName(buyer)} sells this property.`, 'buyer-is-seller', {
          contactId: buyer.id,
        });
      }
      if (!buyer.emails[0]?.address) {
        throw new Refusal(
          'failed-precondition',
          `${contactFullName(buyer)} needs an email address to sign the offer.`,
          'buyer-without-email',
          { contactId: buyer.id },
        );
      }
    }
    for (const [index, buyer] of buyers.entries()) {
      try {
        assertTracfinComplete(files[index] ?? null, buyer.identityType, now);
      } catch (error) {
        if (!(error instanceof TracfinIncompleteError)) throw error;
        throw new Refusal(
          'failed-precondition',
          `The Tracfin file of ${contactFullName(buyer)} is not complete: ${error.missing.join(', ')}.`,
          error.reason,
          { missing: error.missing, contactId: buyer.id },
        );
      }
    }
    if (input.validUntil.getTime() < startOfDay(now)) {
      throw new Refusal('invalid-argument', 'The offer must hold until today at least.', 'validity-in-past');
    }
    const offer: Offer = {
      id: ref.id,
      threadId: ref.id,
      counterOf: null,
      round: 1,
      propertyId: property.id,
      propertyReference: property.reference,
      propertyTitle: property.title,
      propertyAddress: addressLine(property.address),
      buyers: buyers.map((buyer) => ({
        contactId: buyer.id,
        name: contactFullName(buyer),
        email: buyer.emails[0]?.address ?? '',
      })),
      buyerContactIds: buyers.map((buyer) => buyer.id),
      sellerContactIds: property.sellerContactIds,
      amount: input.amount,
      conditions: input.conditions,
      financing: input.financing,
      validUntil: input.validUntil,
      status: 'draft',
      agentUid: actor.uid,
      locale: tenant.locale,
      signatureRequestId: null,
      document: null,
      signedDocument: null,
      answer: null,
      preliminaryContractDate: null,
      deedDate: null,
      createdAt: now,
      updatedAt: now,
      sentAt: null,
      signedAt: null,
      closedAt: null,
    };
    writeOffer(db, tx, tenantId, offer, 'create');
    // Counted with the offer's creation, which happens once: a retried registration counts nothing.
    tx.update(db.doc(paths.property(tenantId, property.id)), { offerCount: property.offerCount + 1 });
    return { offerId: offer.id, status: offer.status, created: { tenantId, propertyId: property.id, by: actor.uid } };
  });
  if (outcome.created) {
    const { tenantId, propertyId, by } = outcome.created;
    offersLog.offerRegistered(tenantId, outcome.offerId, propertyId, by);
  }
  return { offerId: outcome.offerId, status: outcome.status };
}
