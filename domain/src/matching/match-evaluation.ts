import {
  budgetCeiling,
  matchCityKey,
  MATCH_TOLERANCES,
  postalCodeKey,
  type MatchCriteria,
  type MatchListing,
} from './match-criteria';

export const MATCH_CRITERIA = ['kind', 'place', 'budget', 'surface', 'rooms'] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

export const MATCH_OUTCOMES = ['match', 'near', 'no'] as const;
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];

/**
 * Why a criterion came out so, for the screens' sentences: `any` (the search asks nothing), `within`
 * (met), `other-deal`, `other-kind`, `other-place`, `over-budget`, `under-budget`, `smaller`,
 * `fewer-rooms`, `unknown` (the property does not say: a near miss, to be checked).
 */
export const MATCH_REASONS = [
  'any',
  'within',
  'other-deal',
  'other-kind',
  'other-place',
  'over-budget',
  'under-budget',
  'smaller',
  'fewer-rooms',
  'unknown',
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

export interface CriterionResult {
  criterion: MatchCriterion;
  outcome: MatchOutcome;
  reason: MatchReason;
  /** What the search asks (the budget bound missed, the minimum surface or rooms), when a number. */
  expected: number | null;
  /** What the property has, when a number. */
  actual: number | null;
}

export type MatchVerdict = MatchOutcome;

export interface MatchEvaluation {
  /** `match`: every criterion met; `near`: all but one, missed within its tolerance; `no` otherwise. */
  verdict: MatchVerdict;
  criteria: CriterionResult[];
}

const result = (
  criterion: MatchCriterion,
  outcome: MatchOutcome,
  reason: MatchReason,
  expected: number | null = null,
  actual: number | null = null,
): CriterionResult => ({ criterion, outcome, reason, expected, actual });

function kind(criteria: MatchCriteria, listing: MatchListing): CriterionResult {
  if (criteria.dealType !== listing.dealType) return result('kind', 'no', 'other-deal');
  return criteria.propertyTypes.includes(listing.propertyType)
    ? result('kind', 'match', 'within')
    : result('kind', 'no', 'other-kind');
}

function place(criteria: MatchCriteria, listing: MatchListing): CriterionResult {
  if (criteria.cityKeys.length === 0 && criteria.postalCodes.length === 0) return result('place', 'match', 'any');
  const city = matchCityKey(listing.city);
  const postal = postalCodeKey(listing.postalCode);
  const met =
    (city !== '' && criteria.cityKeys.includes(city)) || (postal !== '' && criteria.postalCodes.includes(postal));
  return met ? result('place', 'match', 'within') : result('place', 'no', 'other-place');
}

function budget(criteria: MatchCriteria, listing: MatchListing): CriterionResult {
  const { budgetMin, budgetMax } = criteria;
  const price = listing.price;
  if (budgetMax !== null && price > budgetMax) {
    return price <= budgetCeiling(budgetMax)
      ? result('budget', 'near', 'over-budget', budgetMax, price)
      : result('budget', 'no', 'over-budget', budgetMax, price);
  }
  if (budgetMin !== null && price < budgetMin) {
    const floor = Math.ceil((budgetMin * (100 - MATCH_TOLERANCES.budgetUnderPercent)) / 100);
    return price >= floor
      ? result('budget', 'near', 'under-budget', budgetMin, price)
      : result('budget', 'no', 'under-budget', budgetMin, price);
  }
  return budgetMin === null && budgetMax === null
    ? result('budget', 'match', 'any', null, price)
    : result('budget', 'match', 'within', budgetMax ?? budgetMin, price);
}

function surface(criteria: MatchCriteria, listing: MatchListing): CriterionResult {
  const wanted = criteria.surfaceMin;
  if (wanted === null || wanted === 0) return result('surface', 'match', 'any', null, listing.surface);
  if (listing.surface === null) return result('surface', 'near', 'unknown', wanted, null);
  if (listing.surface >= wanted) return result('surface', 'match', 'within', wanted, listing.surface);
  const floor = (wanted * (100 - MATCH_TOLERANCES.surfaceUnderPercent)) / 100;
  return result('surface', listing.surface >= floor ? 'near' : 'no', 'smaller', wanted, listing.surface);
}

function rooms(criteria: MatchCriteria, listing: MatchListing): CriterionResult {
  const wanted = criteria.roomsMin;
  if (wanted === null || wanted === 0) return result('rooms', 'match', 'any', null, listing.rooms);
  if (listing.rooms === null) return result('rooms', 'near', 'unknown', wanted, null);
  if (listing.rooms >= wanted) return result('rooms', 'match', 'within', wanted, listing.rooms);
  const outcome = listing.rooms >= wanted - MATCH_TOLERANCES.roomsUnder ? 'near' : 'no';
  return result('rooms', outcome, 'fewer-rooms', wanted, listing.rooms);
}

/**
 * A property against a buyer's search, criterion by criterion (kind, place, budget, surface, rooms).
 * Pure: the functions evaluate the candidates their indexed queries found with it, and the tests
 * check the queries never leave out what it accepts.
 */
export function evaluateMatch(criteria: MatchCriteria, listing: MatchListing): MatchEvaluation {
  const results = [kind, place, budget, surface, rooms].map((check) => check(criteria, listing));
  const missed = results.filter((entry) => entry.outcome !== 'match');
  const verdict: MatchVerdict =
    missed.length === 0 ? 'match' : missed.length === 1 && missed[0]?.outcome === 'near' ? 'near' : 'no';
  return { verdict, criteria: results };
}

/** The criterion a near miss misses, for the lists' one-line reason. */
export function missedCriterion(evaluation: MatchEvaluation): CriterionResult | null {
  return evaluation.criteria.find((entry) => entry.outcome !== 'match') ?? null;
}
