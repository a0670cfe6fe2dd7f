import { contactFullName, type Contact } from '../contacts/contact.schema';
import type { SavedSearch } from '../contacts/buyer-file.schema';
import type { Property } from '../properties/property.schema';
import { budgetCeiling, criteriaOf, isMatchableStatus, listingKeys, listingOf, searchKeys } from './match-criteria';
import { matchListingSchema, matchSearchSchema, type MatchListingDoc, type MatchSearch } from './matching.schema';

/** The projection of a buyer's saved search, or null when the contact is no buyer or has no readable search. */
export function matchSearchOf(contact: Contact | null, search: SavedSearch | null): MatchSearch | null {
  if (!contact || !search || contact.clientType !== 'buyer' || contact.kind === 'agent-prospect') return null;
  const criteria = criteriaOf(search);
  return matchSearchSchema.parse({
    contactId: contact.id,
    contactName: contactFullName(contact) || contact.email || contact.phone || '—',
    agentUid: contact.assignedAgentUid,
    managerUid: contact.managerUid,
    sharedWithUids: contact.sharedWithUids,
    dealType: criteria.dealType,
    propertyTypes: criteria.propertyTypes,
    cityKeys: criteria.cityKeys,
    postalCodes: criteria.postalCodes,
    budgetMin: criteria.budgetMin,
    budgetMax: criteria.budgetMax,
    surfaceMin: criteria.surfaceMin,
    roomsMin: criteria.roomsMin,
    keys: searchKeys(criteria),
    budgetCeiling: budgetCeiling(criteria.budgetMax),
    searchUpdatedAt: search.updatedAt,
  });
}

/** The projection of a property, or null when it is not on the market (or not readable). */
export function matchListingOf(property: Property | null): MatchListingDoc | null {
  if (!property || !isMatchableStatus(property.status)) return null;
  const listing = listingOf(property);
  return matchListingSchema.parse({
    propertyId: property.id,
    reference: property.reference,
    title: property.title,
    dealType: listing.dealType,
    propertyType: listing.propertyType,
    city: listing.city,
    postalCode: listing.postalCode,
    price: listing.price,
    surface: listing.surface,
    rooms: listing.rooms,
    status: property.status,
    keys: listingKeys(listing),
    propertyUpdatedAt: property.updatedAt,
  });
}
