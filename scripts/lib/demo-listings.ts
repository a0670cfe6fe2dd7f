// Listings in the demo agency: the demo client has properties published across every tab of their
// space (new, to visit with availabilities, visited, rejected with a reason, chosen with a visit
// report) and drafts the agent has not published yet, so both apps show a client space at work.
import {
  clientListingId,
  clientListingModel,
  listingSnapshot,
  paths,
  propertyModel,
  type ClientListing,
  type ListingStage,
  type Property,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { converterOf } from '../../functions/src/lib/converters';

const HOUR = 3_600_000;
const stars = { location: 5, layout: 4, condition: 4, light: 5, surroundings: 4, price: 3 };

/** What each demo listing is: published at a stage with the client's answers, or a draft. */
const PLAN: Array<{ stage: ListingStage; published: boolean } & Partial<ClientListing>> = [
  { stage: 'new', published: true },
  { stage: 'new', published: true },
  { stage: 'to-visit', published: true, availability: 'Samedi matin, ou en semaine après 18 h' },
  { stage: 'visited', published: true, availability: 'Mardi 18 h' },
  { stage: 'rejected', published: true, rejectReason: 'Trop loin des écoles' },
  {
    stage: 'mine',
    published: true,
    report: {
      stars,
      comment: 'Très lumineux, la cuisine est à refaire.',
      outcome: 'offer-to-make',
      reason: '',
      author: 'client',
      writtenAt: new Date(0),
    },
  },
  { stage: 'new', published: false },
  { stage: 'new', published: false },
];

/** The properties a client may be offered: sales on the market, those with a place first. */
function offerableProperties(properties: readonly Property[]): Property[] {
  return properties
    .filter((property) => property.dealType === 'sale' && !['archived', 'sold'].includes(property.status))
    .sort((a, b) => Number(b.location !== null) - Number(a.location !== null));
}

export function demoListings(
  properties: readonly Property[],
  client: { contactId: string; agentUid: string },
  now: Date,
): ClientListing[] {
  return offerableProperties(properties)
    .slice(0, PLAN.length)
    .map((property, index) => {
      const { stage, published, ...answers } = PLAN[index] ?? { stage: 'new', published: false };
      // Spread over the last days, the first the most recent, so each tab reads newest first.
      const at = new Date(now.getTime() - (index + 1) * 7 * HOUR);
      return {
        id: clientListingId(client.contactId, property.id),
        contactId: client.contactId,
        propertyId: property.id,
        agentUid: client.agentUid,
        status: published ? 'published' : 'draft',
        stage,
        availability: '',
        rejectReason: '',
        report: null,
        showSourceUrl: property.showSourceUrlToClients,
        property: listingSnapshot(property),
        publications: published ? 1 : 0,
        publishedAt: published ? at : null,
        stageChangedAt: at,
        createdAt: at,
        updatedAt: at,
        ...answers,
        ...(answers.report ? { report: { ...answers.report, writtenAt: at } } : {}),
      };
    });
}

/** Written after the photos, read back so the snapshots name them. */
export async function seedDemoListings(
  db: Firestore,
  tenantId: string,
  properties: readonly Property[],
  client: { contactId: string; agentUid: string },
  now: Date,
): Promise<void> {
  const converter = converterOf(propertyModel);
  const current = await Promise.all(
    offerableProperties(properties)
      .slice(0, PLAN.length)
      .map(
        async (property) =>
          (await db.doc(paths.property(tenantId, property.id)).withConverter(converter).get()).data() ?? property,
      ),
  );
  const listingConverter = converterOf(clientListingModel);
  const batch = db.batch();
  for (const listing of demoListings(current, client, now)) {
    batch.set(db.doc(paths.clientListing(tenantId, listing.id)).withConverter(listingConverter), listing);
  }
  await batch.commit();
}
