import { ACTIVE_PROPERTY_STATUSES, cityKey, type PropertyStatus, type PropertyType } from '@estate/domain';

export const PROPERTY_SORTS = ['updated', 'reference', 'price-asc', 'price-desc'] as const;
type PropertySort = (typeof PROPERTY_SORTS)[number];

/** The list's filters as the user set them; `status` null means every status but archived. */
export interface PropertyListFilters {
  propertyType: PropertyType | null;
  status: PropertyStatus | null;
  city: string;
  agentUid: string | null;
  priceMin: number | null;
  priceMax: number | null;
  sort: PropertySort;
}

export const DEFAULT_PROPERTY_FILTERS: PropertyListFilters = {
  propertyType: null,
  status: null,
  city: '',
  agentUid: null,
  priceMin: null,
  priceMax: null,
  sort: 'updated',
};

type PropertyClause =
  | { kind: 'equals'; field: 'propertyType' | 'status' | 'cityKey' | 'assignedAgentUid'; value: string }
  | { kind: 'in'; field: 'status'; values: PropertyStatus[] }
  | { kind: 'range'; field: 'price'; op: '>=' | '<='; value: number };

export interface PropertyListQuery {
  clauses: PropertyClause[];
  orderBy: { field: 'updatedAt' | 'reference' | 'price'; direction: 'asc' | 'desc' };
  /** The sort asked for could not be kept: a price range orders by price. */
  sortReplaced: boolean;
}

/**
 * The Firestore query for the filters: equality clauses on kind, status (or every active status),
 * city key and agent, an optional price range, one order. Every combination is served by the
 * composite indexes (equality field + order field) of firestore.indexes.json, which Firestore merges
 * for several equality clauses; a range on the price needs the price as first order, so a price range
 * with another sort orders by price (and says so).
 */
export function propertyListQuery(filters: PropertyListFilters): PropertyListQuery {
  const clauses: PropertyClause[] = [];
  if (filters.propertyType) clauses.push({ kind: 'equals', field: 'propertyType', value: filters.propertyType });
  if (filters.status) clauses.push({ kind: 'equals', field: 'status', value: filters.status });
  else clauses.push({ kind: 'in', field: 'status', values: [...ACTIVE_PROPERTY_STATUSES] });
  const city = cityKey(filters.city);
  if (city) clauses.push({ kind: 'equals', field: 'cityKey', value: city });
  if (filters.agentUid) clauses.push({ kind: 'equals', field: 'assignedAgentUid', value: filters.agentUid });
  if (filters.priceMin !== null) clauses.push({ kind: 'range', field: 'price', op: '>=', value: filters.priceMin });
  if (filters.priceMax !== null) clauses.push({ kind: 'range', field: 'price', op: '<=', value: filters.priceMax });
  const ranged = filters.priceMin !== null || filters.priceMax !== null;
  const bySort: Record<PropertySort, PropertyListQuery['orderBy']> = {
    updated: { field: 'updatedAt', direction: 'desc' },
    reference: { field: 'reference', direction: 'desc' },
    'price-asc': { field: 'price', direction: 'asc' },
    'price-desc': { field: 'price', direction: 'desc' },
  };
  const wanted = bySort[filters.sort];
  if (ranged && wanted.field !== 'price') {
    return { clauses, orderBy: { field: 'price', direction: 'asc' }, sortReplaced: true };
  }
  return { clauses, orderBy: wanted, sortReplaced: false };
}
