import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetCeiling,
  matchCityKey,
  criteriaOf,
  isMatchableStatus,
  listingKeys,
  postalCodeKey,
  searchKeys,
  type MatchCriteria,
  type MatchListing,
} from './match-criteria';
import { evaluateMatch, missedCriterion, type MatchCriterion } from './match-evaluation';

const criteria = (changes: Partial<MatchCriteria> = {}): MatchCriteria => ({
  dealType: 'sale',
  propertyTypes: ['apartment'],
  cityKeys: ['paris'],
  postalCodes: [],
  budgetMin: null,
  budgetMax: 400_000,
  surfaceMin: 50,
  roomsMin: 3,
  ...changes,
});

const listing = (changes: Partial<MatchListing> = {}): MatchListing => ({
  dealType: 'sale',
  propertyType: 'apartment',
  city: 'Paris',
  postalCode: '75011',
  price: 380_000,
  surface: 60,
  rooms: 3,
  ...changes,
});

const outcomeOf = (evaluation: ReturnType<typeof evaluateMatch>, criterion: MatchCriterion) =>
  evaluation.criteria.find((entry) => entry.criterion === criterion);

describe('evaluateMatch', () => {
  it('matches a property meeting every criterion', () => {
    const evaluation = evaluateMatch(criteria(), listing());
    expect(evaluation.verdict).toBe('match');
    expect(evaluation.criteria.map((entry) => entry.outcome)).toEqual(['match', 'match', 'match', 'match', 'match']);
    expect(missedCriterion(evaluation)).toBeNull();
  });

  it('reads kind: another type or deal type never matches, not even nearly', () => {
    expect(outcomeOf(evaluateMatch(criteria(), listing({ propertyType: 'house' })), 'kind')).toMatchObject({
      outcome: 'no',
      reason: 'other-kind',
    });
    expect(evaluateMatch(criteria(), listing({ propertyType: 'house' })).verdict).toBe('no');
    expect(outcomeOf(evaluateMatch(criteria(), listing({ dealType: 'rental' })), 'kind')).toMatchObject({
      outcome: 'no',
      reason: 'other-deal',
    });
    expect(evaluateMatch(criteria({ propertyTypes: ['house', 'apartment'] }), listing()).verdict).toBe('match');
  });

  it('reads place by city or postal code, and anywhere when the search names none', () => {
    expect(evaluateMatch(criteria({ cityKeys: ['lyon'] }), listing()).verdict).toBe('no');
    expect(outcomeOf(evaluateMatch(criteria({ cityKeys: ['lyon'] }), listing()), 'place')?.reason).toBe('other-place');
    expect(evaluateMatch(criteria({ cityKeys: ['lyon'], postalCodes: ['75011'] }), listing()).verdict).toBe('match');
    expect(outcomeOf(evaluateMatch(criteria({ cityKeys: [], postalCodes: [] }), listing()), 'place')).toMatchObject({
      outcome: 'match',
      reason: 'any',
    });
  });

  it('reads budget: up to 10 % over the maximum or under the minimum is a near miss', () => {
    const over = evaluateMatch(criteria(), listing({ price: 440_000 }));
    expect(over.verdict).toBe('near');
    expect(missedCriterion(over)).toEqual({
      criterion: 'budget',
      outcome: 'near',
      reason: 'over-budget',
      expected: 400_000,
      actual: 440_000,
    });
    expect(evaluateMatch(criteria(), listing({ price: 440_001 })).verdict).toBe('no');
    expect(evaluateMatch(criteria(), listing({ price: 400_000 })).verdict).toBe('match');
    const under = criteria({ budgetMin: 300_000 });
    expect(missedCriterion(evaluateMatch(under, listing({ price: 270_000 })))?.reason).toBe('under-budget');
    expect(evaluateMatch(under, listing({ price: 270_000 })).verdict).toBe('near');
    expect(evaluateMatch(under, listing({ price: 269_999 })).verdict).toBe('no');
    expect(outcomeOf(evaluateMatch(criteria({ budgetMax: null }), listing({ price: 9e9 })), 'budget')?.reason).toBe(
      'any',
    );
  });

  it('reads surface: up to 10 % smaller is near, unknown is near, no minimum is any', () => {
    expect(evaluateMatch(criteria(), listing({ surface: 45 })).verdict).toBe('near');
    expect(missedCriterion(evaluateMatch(criteria(), listing({ surface: 45 })))?.reason).toBe('smaller');
    expect(evaluateMatch(criteria(), listing({ surface: 44.9 })).verdict).toBe('no');
    expect(missedCriterion(evaluateMatch(criteria(), listing({ surface: null })))).toMatchObject({
      criterion: 'surface',
      outcome: 'near',
      reason: 'unknown',
    });
    expect(evaluateMatch(criteria({ surfaceMin: null }), listing({ surface: 10 })).verdict).toBe('match');
  });

  it('reads rooms: one fewer is near, two fewer is not', () => {
    expect(missedCriterion(evaluateMatch(criteria(), listing({ rooms: 2 })))).toMatchObject({
      criterion: 'rooms',
      outcome: 'near',
      reason: 'fewer-rooms',
      expected: 3,
      actual: 2,
    });
    expect(evaluateMatch(criteria(), listing({ rooms: 1 })).verdict).toBe('no');
    expect(evaluateMatch(criteria(), listing({ rooms: null })).verdict).toBe('near');
    expect(evaluateMatch(criteria({ roomsMin: null }), listing({ rooms: 1 })).verdict).toBe('match');
  });

  it('is no match when two criteria miss, even each within its tolerance', () => {
    expect(evaluateMatch(criteria(), listing({ price: 420_000, rooms: 2 })).verdict).toBe('no');
    expect(evaluateMatch(criteria(), listing({ surface: 46, rooms: null })).verdict).toBe('no');
  });
});

describe('place normalisation', () => {
  it('folds case, accents, punctuation and Saint', () => {
    expect(matchCityKey('Saint-Étienne')).toBe('saint-etienne');
    expect(matchCityKey('  ST ETIENNE ')).toBe('saint-etienne');
    expect(matchCityKey("L'Haÿ-les-Roses")).toBe('l-hay-les-roses');
    expect(matchCityKey('Ste-Foy')).toBe('sainte-foy');
    expect(matchCityKey('Санкт-Петербург')).toBe('санкт-петербург');
    expect(matchCityKey('Королёв')).toBe(matchCityKey('Королев'));
    expect(postalCodeKey('sw1a 1aa')).toBe('SW1A1AA');
  });

  it('matches a property whose city is written otherwise', () => {
    const search = criteriaOf({
      dealType: 'sale',
      propertyTypes: ['house'],
      cities: ['saint etienne'],
      postalCodes: [],
      budgetMin: null,
      budgetMax: null,
      surfaceMin: null,
      roomsMin: null,
    });
    expect(evaluateMatch(search, listing({ propertyType: 'house', city: 'Saint-Étienne' })).verdict).toBe('match');
  });
});

describe('matchable statuses', () => {
  it('matches properties on the market only', () => {
    expect(isMatchableStatus('online')).toBe(true);
    expect(isMatchableStatus('offline')).toBe(true);
    expect(isMatchableStatus('archived')).toBe(false);
    expect(isMatchableStatus('sold')).toBe(false);
  });
});

const cities = ['Paris', 'Lyon', 'Saint-Étienne', 'st etienne', 'Москва', 'Nice'];
const arbitraryCriteria: fc.Arbitrary<MatchCriteria> = fc.record({
  dealType: fc.constantFrom('sale' as const, 'rental' as const),
  propertyTypes: fc.uniqueArray(fc.constantFrom('apartment', 'house', 'land', 'parking'), { minLength: 1 }),
  cityKeys: fc.uniqueArray(fc.constantFrom(...cities).map(matchCityKey), { maxLength: 3 }),
  postalCodes: fc.uniqueArray(fc.constantFrom('75011', '69001', '42000'), { maxLength: 2 }),
  budgetMin: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: null }),
  budgetMax: fc.option(fc.integer({ min: 500_000, max: 1_000_000 }), { nil: null }),
  surfaceMin: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  roomsMin: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
});
const arbitraryListing: fc.Arbitrary<MatchListing> = fc.record({
  dealType: fc.constantFrom('sale' as const, 'rental' as const),
  propertyType: fc.constantFrom('apartment', 'house', 'land', 'parking'),
  city: fc.constantFrom(...cities),
  postalCode: fc.constantFrom('75011', '69001', '42000', ''),
  price: fc.integer({ min: 0, max: 1_500_000 }),
  surface: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
  rooms: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
});

describe('the indexed queries never leave out a match or a near miss', () => {
  it('every match and near miss shares a key with the search and is under its budget ceiling', () => {
    fc.assert(
      fc.property(arbitraryCriteria, arbitraryListing, (search, property) => {
        const { verdict } = evaluateMatch(search, property);
        if (verdict === 'no') return;
        const keys = new Set(searchKeys(search));
        expect(listingKeys(property).some((key) => keys.has(key))).toBe(true);
        expect(property.price).toBeLessThanOrEqual(budgetCeiling(search.budgetMax));
      }),
      { numRuns: 2000 },
    );
  });

  it('a near miss misses exactly one criterion, within its tolerance', () => {
    fc.assert(
      fc.property(arbitraryCriteria, arbitraryListing, (search, property) => {
        const evaluation = evaluateMatch(search, property);
        const missed = evaluation.criteria.filter((entry) => entry.outcome !== 'match');
        if (evaluation.verdict === 'near') expect(missed.map((entry) => entry.outcome)).toEqual(['near']);
        if (evaluation.verdict === 'match') expect(missed).toEqual([]);
      }),
    );
  });
});
