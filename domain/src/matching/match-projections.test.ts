import { describe, expect, it } from 'vitest';
import type { Contact } from '../contacts/contact.schema';
import type { SavedSearch } from '../contacts/buyer-file.schema';
import { propertySchema, type Property } from '../properties/property.schema';
import { NO_CEILING } from './match-criteria';
import { matchListingOf, matchSearchOf } from './match-projections';

const now = new Date('2026-12-06T10:00:00Z');

const contact = (changes: Partial<Contact> = {}) =>
  ({
    id: 'c1',
    kind: 'client',
    clientType: 'buyer',
    identityType: 'person',
    firstName: 'Marie',
    lastName: 'Durand',
    companyName: '',
    email: 'marie@example.com',
    phone: '',
    assignedAgentUid: 'agent',
    managerUid: 'boss',
    sharedWithUids: ['colleague'],
    ...changes,
  }) as Contact;

const search = (changes: Partial<SavedSearch> = {}): SavedSearch => ({
  dealType: 'sale',
  propertyTypes: ['apartment', 'house'],
  cities: ['Saint-Étienne'],
  postalCodes: ['42 100'],
  budgetMin: null,
  budgetMax: 300_000,
  surfaceMin: null,
  roomsMin: 2,
  bedroomsMin: null,
  mustHaves: [],
  text: '',
  updatedBy: 'agent',
  updatedAt: now,
  ...changes,
});

const property = (changes: Partial<Property> = {}): Property =>
  propertySchema.parse({
    id: 'p1',
    reference: 'V-00001',
    dealType: 'sale',
    title: 'T3',
    propertyType: 'apartment',
    address: { street: '', complement: '', postalCode: '', city: 'Lyon', country: 'FR' },
    price: 250_000,
    surface: null,
    rooms: 3,
    status: 'online',
    sellerContactIds: [],
    assignedAgentUid: 'agent',
    visitCount: 0,
    offerCount: 0,
    createdBy: 'agent',
    createdAt: now,
    updatedAt: now,
    ...changes,
  });

describe('matchSearchOf', () => {
  it("projects a buyer's search with the keys and ceiling the queries ask, and copies of who sees the buyer", () => {
    expect(matchSearchOf(contact(), search())).toMatchObject({
      contactId: 'c1',
      contactName: 'Marie Durand',
      agentUid: 'agent',
      managerUid: 'boss',
      sharedWithUids: ['colleague'],
      keys: [
        'sale|apartment|c:saint-etienne',
        'sale|apartment|p:42100',
        'sale|house|c:saint-etienne',
        'sale|house|p:42100',
      ],
      budgetCeiling: 330_000,
      searchUpdatedAt: now,
    });
    expect(matchSearchOf(contact(), search({ budgetMax: null, cities: [], postalCodes: [] }))).toMatchObject({
      keys: ['sale|apartment|*', 'sale|house|*'],
      budgetCeiling: NO_CEILING,
    });
  });

  it('projects nothing for a contact who is no buyer, an agent prospect, or without a search', () => {
    expect(matchSearchOf(contact({ clientType: 'seller' }), search())).toBeNull();
    expect(matchSearchOf(contact({ kind: 'agent-prospect' }), search())).toBeNull();
    expect(matchSearchOf(contact(), null)).toBeNull();
    expect(matchSearchOf(null, search())).toBeNull();
  });
});

describe('matchListingOf', () => {
  it('projects a property on the market with its keys', () => {
    expect(matchListingOf(property())?.keys).toEqual(['sale|apartment|*', 'sale|apartment|c:lyon']);
    expect(matchListingOf(property({ status: 'offline' }))).not.toBeNull();
  });

  it('projects nothing for a property off the market', () => {
    for (const status of ['archived', 'sold', 'estimation', 'under-offer']) {
      expect(matchListingOf(property({ status: status as Property['status'] }))).toBeNull();
    }
    expect(matchListingOf(null)).toBeNull();
  });
});
