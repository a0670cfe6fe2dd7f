// The demo seller's space: Camille Petit (seller@demo.test) sells V-00001, whose mandate is signed
// (with its PDF), which was visited this week (a visit marked done) and which the demo client made an
// accepted offer on. Here the other visitor's visit report on it, and the seller's client space; the
// sellers' projections are then derived from all of it by the selling functions' own code (the
// selling-* triggers do the same a moment later and find nothing to change).
import {
  clientListingId,
  clientListingModel,
  clientProfileModel,
  contactModel,
  listingSnapshot,
  paths,
  toClientProfile,
  type ClientListing,
  type Contact,
  type Property,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { converterOf } from '../../functions/src/lib/converters';
import { syncSellerProperty } from '../../functions/src/selling/sync-seller-activity.handler';

const HOUR = 3_600_000;

export interface DemoSelling {
  /** The seller who signs in to the client app. */
  seller: Contact;
  property: Property;
  /** Another buyer's visit report on the seller's property, which the seller reads anonymously. */
  listing: ClientListing;
}

/**
 * The seller's property is the first sale with a seller who has an email (the one whose mandate the
 * demo signs, see demo-mandates.ts); the report is a buyer's other than the demo client, who visited it.
 */
export function demoSelling(
  agency: { contacts: Contact[]; properties: Property[]; clientContactId: string },
  visitors: readonly string[],
  now: Date,
): DemoSelling | null {
  const withEmail = new Set(
    agency.contacts.filter((contact) => contact.emails.length > 0).map((contact) => contact.id),
  );
  const property = agency.properties.find(
    (candidate) => candidate.dealType === 'sale' && withEmail.has(candidate.sellerContactIds[0] ?? ''),
  );
  const seller = agency.contacts.find((contact) => contact.id === property?.sellerContactIds[0]);
  const buyer = agency.contacts.find(
    (contact) =>
      contact.clientType === 'buyer' && contact.id !== agency.clientContactId && visitors.includes(contact.id),
  );
  if (!property || !seller || !buyer) return null;
  const writtenAt = new Date(now.getTime() - 20 * HOUR);
  return {
    seller,
    property,
    listing: {
      id: clientListingId(buyer.id, property.id),
      contactId: buyer.id,
      propertyId: property.id,
      agentUid: buyer.assignedAgentUid,
      status: 'published',
      stage: 'rejected',
      availability: '',
      rejectReason: 'Le budget travaux dépasse le nôtre.',
      report: {
        stars: { location: 5, layout: 4, condition: 2, light: 5, surroundings: 4, price: 3 },
        comment: 'Très bel emplacement et beaucoup de lumière ; la salle de bains est à refaire.',
        outcome: 'reject',
        reason: 'Le budget travaux dépasse le nôtre.',
        author: 'client',
        writtenAt,
      },
      showSourceUrl: property.showSourceUrlToClients,
      property: listingSnapshot(property),
      publications: 1,
      publishedAt: new Date(now.getTime() - 72 * HOUR),
      stageChangedAt: writtenAt,
      createdAt: new Date(now.getTime() - 72 * HOUR),
      updatedAt: writtenAt,
    },
  };
}

/** Written once the mandates, appointments and offers are: the seller's space, the report, the projections. */
export async function seedDemoSelling(
  db: Firestore,
  tenantId: string,
  demo: DemoSelling,
  sellerUid: string,
  now: Date,
) {
  const invited: Contact = {
    ...demo.seller,
    portal: { status: 'active', uid: sellerUid, invitedAt: now, invitedBy: demo.seller.assignedAgentUid },
    updatedAt: now,
  };
  const batch = db.batch();
  batch.set(db.doc(paths.contact(tenantId, invited.id)).withConverter(converterOf(contactModel)), invited);
  batch.set(
    db.doc(paths.clientProfile(tenantId, invited.id)).withConverter(converterOf(clientProfileModel)),
    toClientProfile(invited),
  );
  batch.set(
    db.doc(paths.clientListing(tenantId, demo.listing.id)).withConverter(converterOf(clientListingModel)),
    demo.listing,
  );
  await batch.commit();
  await syncSellerProperty({ db }, tenantId, demo.property.id, true);
}
