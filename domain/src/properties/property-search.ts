import { normaliseForSearch, SEARCH_TOKEN_MAX, SEARCH_TOKEN_MIN } from '../contacts/search-tokens';
import type { PropertyAddress } from './property.schema';

/** Enough for a long street and city; a typical address has about 40. */
export const PROPERTY_SEARCH_TOKENS_CAP = 120;

function prefixes(value: string): string[] {
  const result: string[] = [];
  for (let length = SEARCH_TOKEN_MIN; length <= Math.min(value.length, SEARCH_TOKEN_MAX); length += 1) {
    const prefix = value.slice(0, length);
    if (!prefix.endsWith(' ')) result.push(prefix);
  }
  return result;
}

/** The city as the list's city filter compares it: folded like a search, so "Saint-Étienne" meets "saint etienne". */
export function cityKey(city: string): string {
  return normaliseForSearch(city);
}

/**
 * The prefixes a property is found by in the top bar's quick search, built by the same rules as the
 * contacts' (`searchQueryToken` reads what is typed): the city, the street with and without its number,
 * each of their words, and the postcode. The reference is searched apart, as a range on `reference`.
 */
export function propertySearchTokens(address: Pick<PropertyAddress, 'street' | 'city' | 'postalCode'>): string[] {
  const city = normaliseForSearch(address.city);
  const street = normaliseForSearch(address.street);
  const streetName = street.replace(/^\d+\s*(bis|ter|quater|[a-d])?\s+/, '');
  const words = [...city.split(' '), ...streetName.split(' ')].filter((word) => word.length >= SEARCH_TOKEN_MIN);
  const keys = [
    ...prefixes(city),
    ...prefixes(streetName),
    ...prefixes(street),
    ...prefixes(address.postalCode.replace(/\s+/g, '')),
    ...words.flatMap(prefixes),
  ];
  return [...new Set(keys)].slice(0, PROPERTY_SEARCH_TOKENS_CAP);
}
