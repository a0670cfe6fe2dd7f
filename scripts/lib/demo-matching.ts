// Matching in the demo agency: saved searches for a few demo buyers that meet some demo listings (and
// miss others by one criterion), so a property's "Matching buyers" tab and a buyer's "Matching
// properties" are not empty. The projections are written too, as the triggers would write them (they
// find them unchanged), so the demo works from the first second.
import {
  matchListingOf,
  matchListingModel,
  matchSearchModel,
  matchSearchOf,
  paths,
  savedSearchModel,
  type Contact,
  type Property,
  type SavedSearch,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { converterOf } from '../../functions/src/lib/converters';

type DemoSearch = Omit<SavedSearch, 'updatedBy' | 'updatedAt' | 'bedroomsMin' | 'mustHaves' | 'text'>;

const none = { budgetMin: null, surfaceMin: null, roomsMin: null, postalCodes: [] as string[] };

/** By buyer's last name: what each looks for. */
const DEMO_SEARCHES: Record<string, DemoSearch> = {
  // The T3 on the Vieux-Port matches; the duplex on the Cours Julien is 5 % over budget.
  Moreau: {
    ...none,
    dealType: 'sale',
    propertyTypes: ['apartment'],
    cities: ['Marseille'],
    budgetMax: 400_000,
    surfaceMin: 60,
    roomsMin: 3,
  },
  // The Provençal house in Aix matches, the farmhouse to restore (offline) too.
  Fabre: {
    ...none,
    dealType: 'sale',
    propertyTypes: ['house'],
    cities: ['Aix en Provence', 'Aubagne'],
    budgetMax: 700_000,
    surfaceMin: 140,
  },
  // The T2 with a sea view in La Ciotat.
  Mansour: {
    ...none,
    dealType: 'sale',
    propertyTypes: ['apartment'],
    cities: ['la ciotat'],
    budgetMax: 280_000,
    roomsMin: 2,
  },
  // A first flat in Marseille: the smaller ones match, one a little over budget is a near miss.
  Lemoine: {
    ...none,
    dealType: 'sale',
    propertyTypes: ['apartment'],
    cities: ['Marseille'],
    postalCodes: [],
    budgetMax: 380_000,
    roomsMin: 2,
  },
};

/** The saved searches of the demo buyers who have one. */
export function demoSavedSearches(contacts: Contact[], now: Date): { contact: Contact; search: SavedSearch }[] {
  return contacts.flatMap((contact) => {
    const wanted = contact.clientType === 'buyer' ? DEMO_SEARCHES[contact.lastName] : undefined;
    if (!wanted) return [];
    const search = savedSearchModel.schema.parse({
      ...wanted,
      bedroomsMin: null,
      mustHaves: [],
      text: '',
      updatedBy: contact.assignedAgentUid,
      updatedAt: now,
    });
    return [{ contact, search }];
  });
}

export async function seedDemoMatching(
  db: Firestore,
  tenantId: string,
  agency: { contacts: Contact[]; properties: Property[] },
  now: Date,
): Promise<void> {
  const batch = db.batch();
  for (const { contact, search } of demoSavedSearches(agency.contacts, now)) {
    batch.set(
      db.doc(paths.buyerFile(tenantId, contact.id, 'saved-search')).withConverter(converterOf(savedSearchModel)),
      search,
    );
    const projection = matchSearchOf(contact, search);
    if (projection) {
      batch.set(
        db.doc(paths.matchSearch(tenantId, contact.id)).withConverter(converterOf(matchSearchModel)),
        projection,
      );
    }
  }
  for (const property of agency.properties) {
    const listing = matchListingOf(property);
    if (listing) {
      batch.set(
        db.doc(paths.matchListing(tenantId, property.id)).withConverter(converterOf(matchListingModel)),
        listing,
      );
    }
  }
  await batch.commit();
}
