import type { Unit, UnitStatus } from '@estate/domain';

export { chessboardLayout, type ChessboardLayout } from '@estate/domain';

/** What the chessboard's filters keep; null bounds and empty lists keep everything. */
export interface UnitFilters {
  /** Room counts; ROOMS_MANY_FROM stands for that many rooms or more. */
  rooms: number[];
  priceMin: number | null;
  priceMax: number | null;
  areaMin: number | null;
  areaMax: number | null;
  statuses: UnitStatus[];
}

export const ROOMS_MANY_FROM = 4;

export const NO_FILTERS: UnitFilters = {
  rooms: [],
  priceMin: null,
  priceMax: null,
  areaMin: null,
  areaMax: null,
  statuses: [],
};

export function hasFilters(filters: UnitFilters): boolean {
  return (
    filters.rooms.length > 0 ||
    filters.statuses.length > 0 ||
    [filters.priceMin, filters.priceMax, filters.areaMin, filters.areaMax].some((bound) => bound !== null)
  );
}

export function matchesFilters(unit: Unit, filters: UnitFilters): boolean {
  if (filters.statuses.length > 0 && !filters.statuses.includes(unit.status)) return false;
  if (filters.rooms.length > 0) {
    const rooms = Math.min(unit.rooms, ROOMS_MANY_FROM);
    if (!filters.rooms.includes(rooms)) return false;
  }
  if (filters.priceMin !== null && unit.price < filters.priceMin) return false;
  if (filters.priceMax !== null && unit.price > filters.priceMax) return false;
  if (filters.areaMin !== null && unit.area < filters.areaMin) return false;
  if (filters.areaMax !== null && unit.area > filters.areaMax) return false;
  return true;
}

/** How many units of each status, for the legend. */
export function statusCounts(units: readonly Unit[]): Record<UnitStatus, number> {
  const counts: Record<UnitStatus, number> = { free: 0, reserved: 0, booked: 0, sold: 0, notForSale: 0 };
  for (const unit of units) counts[unit.status] += 1;
  return counts;
}

/** The rows to render of a scrolled list of rows of one height, with a margin each side. */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 4,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(rowCount - 1, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, last };
}
