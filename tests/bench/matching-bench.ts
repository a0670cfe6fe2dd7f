// Matching one property against 5 000 buyer files: the bench seeds the buyers' saved searches and their
// projections (what matching-onSavedSearchWritten writes, computed here so no trigger has to run), then
// times matching-buyersForProperty's handler and counts the documents it reads.
import {
  buyersForPropertyInputSchema,
  listingKeys,
  listingOf,
  matchSearchOf,
  MATCHING_SCAN_MAX,
  paths,
  type Contact,
  propertySchema,
  type Property,
  type SavedSearch,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { buyersForProperty } from '../../functions/src/matching/buyers-for-property.handler';
import { toStored } from '../../functions/src/lib/converters';
import type { Deps } from '../../functions/src/lib/deps';
import { random } from './generate-tenant';

const CITIES = [
  'Paris',
  'Lyon',
  'Marseille',
  'Bordeaux',
  'Nantes',
  'Lille',
  'Nice',
  'Toulouse',
  'Rennes',
  'Montpellier',
];
const TYPES = ['apartment', 'house', 'land', 'parking'] as const;

export interface MatchingFigures {
  buyers: number;
  runs: number;
  median: number;
  p95: number;
  /** Documents the handler reads per call: member, property, contacts settings, candidates, page's interests. */
  documentsRead: number;
  candidates: number;
  matches: number;
  nears: number;
}

function summary(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { median: Math.round(at(0.5)), p95: Math.round(at(0.95)) };
}

/** Seeds `buyers` saved searches (and projections) and one flat in Paris, in `tenantId` of `db`. */
export async function seedMatchingBench(
  db: Firestore,
  options: { tenantId: string; agentUid: string; buyers: number; seed?: number },
): Promise<Property> {
  const next = random(options.seed ?? 7);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)] as T;
  const now = new Date();
  const writer = db.bulkWriter();
  writer.onWriteError((error) => error.failedAttempts < 5);
  for (let index = 0; index < options.buyers; index += 1) {
    const contactId = `buyer${String(index).padStart(6, '0')}`;
    const budgetMax = 100_000 + Math.round(next() * 12) * 50_000;
    const search: SavedSearch = {
      dealType: next() < 0.85 ? 'sale' : 'rental',
      propertyTypes: next() < 0.3 ? ['apartment', 'house'] : [pick(TYPES)],
      cities:
        next() < 0.1
          ? []
          : [pick(CITIES), ...(next() < 0.3 ? [pick(CITIES)] : [])].filter((c, i, all) => all.indexOf(c) === i),
      postalCodes: [],
      budgetMin: null,
      budgetMax,
      surfaceMin: next() < 0.5 ? null : 20 + Math.round(next() * 10) * 10,
      roomsMin: next() < 0.5 ? null : 1 + Math.floor(next() * 5),
      bedroomsMin: null,
      mustHaves: [],
      text: '',
      updatedBy: options.agentUid,
      updatedAt: now,
    };
    const contact = {
      id: contactId,
      kind: 'client',
      clientType: 'buyer',
      identityType: 'person',
      firstName: 'Buyer',
      lastName: String(index),
      companyName: '',
      email: `${contactId}@bench.example`,
      phone: '',
      assignedAgentUid: options.agentUid,
      managerUid: null,
      sharedWithUids: [],
    } as unknown as Contact;
    const projection = matchSearchOf(contact, search);
    void writer.set(db.doc(paths.buyerFile(options.tenantId, contactId, 'saved-search')), toStored({ ...search }));
    if (projection)
      void writer.set(db.doc(paths.matchSearch(options.tenantId, contactId)), toStored({ ...projection }));
  }
  const ref = db.collection(paths.properties(options.tenantId)).doc();
  const property: Property = propertySchema.parse({
    id: ref.id,
    reference: 'V-00001',
    dealType: 'sale',
    title: 'Trois pièces Bastille',
    propertyType: 'apartment',
    address: { street: '', complement: '', postalCode: '75011', city: 'Paris', country: 'FR' },
    price: 450_000,
    surface: 65,
    rooms: 3,
    status: 'online',
    sellerContactIds: [],
    assignedAgentUid: options.agentUid,
    visitCount: 0,
    offerCount: 0,
    createdBy: options.agentUid,
    createdAt: now,
    updatedAt: now,
  });
  void writer.set(ref, toStored({ ...property }));
  await writer.close();
  return property;
}

/** Times the handler `runs` times after 3 warm-ups, as an agent of the tenant (member document required). */
export async function measureMatching(
  db: Firestore,
  options: { tenantId: string; agentUid: string; property: Property; buyers: number; runs: number },
): Promise<MatchingFigures> {
  const deps = { db, now: () => new Date() } as unknown as Deps;
  const caller = { uid: options.agentUid, email: null, claims: { tenantId: options.tenantId, role: 'agent' as const } };
  const input = buyersForPropertyInputSchema.parse({ propertyId: options.property.id });
  const samples: number[] = [];
  let last = await buyersForProperty(deps, caller, input);
  for (let run = 0; run < options.runs + 3; run += 1) {
    const started = performance.now();
    last = await buyersForProperty(deps, caller, input);
    if (run >= 3) samples.push(performance.now() - started);
  }
  // The same indexed query as the handler's, to count the candidates it reads.
  const listing = listingOf(options.property);
  const candidates = (
    await db
      .collection(paths.matchSearches(options.tenantId))
      .where('keys', 'array-contains-any', listingKeys(listing))
      .where('budgetCeiling', '>=', listing.price)
      .orderBy('budgetCeiling')
      .limit(MATCHING_SCAN_MAX + 1)
      .get()
  ).size;
  return {
    buyers: options.buyers,
    runs: samples.length,
    ...summary(samples),
    documentsRead: 3 + Math.min(candidates, MATCHING_SCAN_MAX + 1) + last.items.length,
    candidates,
    matches: last.matches,
    nears: last.nears,
  };
}
