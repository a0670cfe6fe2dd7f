import type { PropertyStatus } from '../properties/property.schema';
import type { SavedSearch } from '../contacts/buyer-file.schema';
import type { DealType } from '../pipeline/phases';
import type { Property } from '../properties/property.schema';

/**
 * The statuses of a property on the market, the only ones matched: a property in estimation, under
 * offer, sold, rented or archived is never proposed to a buyer. The properties lifecycle sets the
 * final list; any status not listed here is left out.
 */
export const MATCHABLE_PROPERTY_STATUSES: readonly PropertyStatus[] = ['under-mandate', 'online', 'offline'];

export function isMatchableStatus(status: string): boolean {
  return (MATCHABLE_PROPERTY_STATUSES as readonly string[]).includes(status);
}

/**
 * How far a property may miss a buyer's search and still be shown as a near miss (it must miss by one
 * criterion only, within these bounds). Kind, deal type and place have no tolerance: a house is not
 * nearly a flat, another town is not nearly the one asked for.
 */
export const MATCH_TOLERANCES = {
  /** The price may be up to 10 % over the maximum budget (buyers negotiate, agents know it). */
  budgetOverPercent: 10,
  /** The price may be up to 10 % under the minimum budget. */
  budgetUnderPercent: 10,
  /** The surface may be up to 10 % under the minimum surface. */
  surfaceUnderPercent: 10,
  /** One room fewer than asked. */
  roomsUnder: 1,
} as const;

/** The highest price a buyer of maximum `budgetMax` is shown (as a near miss): 10 % over, rounded down. */
export function budgetCeiling(budgetMax: number | null): number {
  if (budgetMax === null) return NO_CEILING;
  return Math.floor((budgetMax * (100 + MATCH_TOLERANCES.budgetOverPercent)) / 100);
}

/** The ceiling of a search without a maximum budget: above every price a property may have. */
export const NO_CEILING = Number.MAX_SAFE_INTEGER;

/**
 * A city as matching compares it: lower case, accents and case folded, `ё` read as `е`, every run of
 * spaces, hyphens, apostrophes and punctuation one hyphen, `St`/`Ste` read as `Saint`/`Sainte`. So
 * "Saint-Étienne", "st etienne" and "SAINT ETIENNE" are one place, "Санкт-Петербург" stays Cyrillic.
 */
export function matchCityKey(city: string): string {
  const folded = city
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return folded
    .split('-')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join('-');
}

/** A postal code as matching compares it: upper case, without spaces (`sw1a 1aa` is `SW1A1AA`). */
export function postalCodeKey(postalCode: string): string {
  return postalCode.replace(/\s+/g, '').toUpperCase();
}

/** The criteria matching reads from a buyer's saved search (bedrooms and must-haves are not on properties yet). */
export interface MatchCriteria {
  dealType: DealType;
  propertyTypes: readonly string[];
  /** As `matchCityKey` folds them. */
  cityKeys: readonly string[];
  /** As `postalCodeKey` folds them. */
  postalCodes: readonly string[];
  budgetMin: number | null;
  budgetMax: number | null;
  surfaceMin: number | null;
  roomsMin: number | null;
}

export function criteriaOf(
  search: Pick<
    SavedSearch,
    'dealType' | 'propertyTypes' | 'cities' | 'postalCodes' | 'budgetMin' | 'budgetMax' | 'surfaceMin' | 'roomsMin'
  >,
): MatchCriteria {
  return {
    dealType: search.dealType,
    propertyTypes: [...new Set(search.propertyTypes)],
    cityKeys: unique(search.cities.map(matchCityKey)),
    postalCodes: unique(search.postalCodes.map(postalCodeKey)),
    budgetMin: search.budgetMin,
    budgetMax: search.budgetMax,
    surfaceMin: search.surfaceMin,
    roomsMin: search.roomsMin,
  };
}

/** What matching reads of a property. */
export interface MatchListing {
  dealType: DealType;
  propertyType: string;
  city: string;
  postalCode: string;
  price: number;
  surface: number | null;
  rooms: number | null;
}

export function listingOf(
  property: Pick<Property, 'dealType' | 'propertyType' | 'address' | 'price' | 'surface' | 'rooms'>,
): MatchListing {
  return {
    dealType: property.dealType,
    propertyType: property.propertyType,
    city: property.address.city,
    postalCode: property.address.postalCode,
    price: property.price,
    surface: property.surface,
    rooms: property.rooms,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}

/**
 * The index keys behind both queries: `dealType|propertyType|c:<city>`, `…|p:<postal code>`, and
 * `…|*` for "anywhere". A search holds one key per kind and place it accepts (or `*` when it names no
 * place); a property holds its city's, its postal code's and `*`. A search and a property share a key
 * exactly when deal type, kind and place match, which every match and near miss needs (those three
 * criteria have no tolerance), so `array-contains-any` on these keys finds every candidate.
 */
export function searchKeys(criteria: MatchCriteria): string[] {
  const places =
    criteria.cityKeys.length === 0 && criteria.postalCodes.length === 0
      ? ['*']
      : [...criteria.cityKeys.map((key) => `c:${key}`), ...criteria.postalCodes.map((key) => `p:${key}`)];
  return criteria.propertyTypes.flatMap((type) => places.map((place) => `${criteria.dealType}|${type}|${place}`));
}

export function listingKeys(listing: MatchListing): string[] {
  const prefix = `${listing.dealType}|${listing.propertyType}|`;
  const keys = [`${prefix}*`];
  const city = matchCityKey(listing.city);
  if (city) keys.push(`${prefix}c:${city}`);
  const postal = postalCodeKey(listing.postalCode);
  if (postal) keys.push(`${prefix}p:${postal}`);
  return keys;
}
