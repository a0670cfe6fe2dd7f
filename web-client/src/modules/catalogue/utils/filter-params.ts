import { CATALOGUE_ROOMS_MANY_FROM, type CatalogueFilters } from '@estate/domain';

const BOUNDS = { priceMin: 'pmin', priceMax: 'pmax', areaMin: 'amin', areaMax: 'amax' } as const;

function numberParam(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** The list's filters as the address keeps them, so going back from a unit finds them again. */
export function filtersFromParams(params: URLSearchParams): CatalogueFilters {
  const rooms = numberParam(params, 'rooms');
  return {
    rooms: rooms !== null && Number.isInteger(rooms) ? Math.min(rooms, CATALOGUE_ROOMS_MANY_FROM) : null,
    priceMin: numberParam(params, BOUNDS.priceMin),
    priceMax: numberParam(params, BOUNDS.priceMax),
    areaMin: numberParam(params, BOUNDS.areaMin),
    areaMax: numberParam(params, BOUNDS.areaMax),
  };
}

/** Writes the filters into the address, keeping its other parameters (the view, the building). */
export function withFilters(params: URLSearchParams, filters: CatalogueFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const entries: [string, number | null][] = [
    ['rooms', filters.rooms],
    ...Object.entries(BOUNDS).map(([key, name]): [string, number | null] => [
      name,
      filters[key as keyof typeof BOUNDS],
    ]),
  ];
  for (const [name, value] of entries) {
    if (value === null) next.delete(name);
    else next.set(name, String(value));
  }
  return next;
}

/** A lower bound above its upper bound: the list would be empty for no visible reason. */
export function boundsInverted(filters: CatalogueFilters): boolean {
  return (
    (filters.priceMin !== null && filters.priceMax !== null && filters.priceMin > filters.priceMax) ||
    (filters.areaMin !== null && filters.areaMax !== null && filters.areaMin > filters.areaMax)
  );
}

/** A bound as typed: digits with spaces and a decimal comma or point; empty or unreadable is no bound. */
export function parseBound(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) && value >= 0 ? value : null;
}
