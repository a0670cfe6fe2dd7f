import { z } from 'zod';
import { catalogueLayoutSchema } from '../projects/unit-layout';
import { unitSchema, type Unit } from '../projects/unit.schema';
import { currencySchema, type Currency } from '../tenancy/tenant.schema';

/**
 * `tenants/{t}/catalogueUnits/{unitId}`: what anybody may read of a developer's unit, for the client
 * app's public catalogue. The unit itself stays staff-only: its `hold` names the client holding it.
 * Written only by projects-onUnitWritten from the unit; a unit that is not free keeps its place and
 * status on the chessboard but shows no price.
 */
export const catalogueUnitSchema = unitSchema
  .pick({
    id: true,
    projectId: true,
    buildingId: true,
    section: true,
    number: true,
    floor: true,
    position: true,
    kind: true,
    rooms: true,
    area: true,
    livingArea: true,
    kitchenArea: true,
    finish: true,
    status: true,
    updatedAt: true,
  })
  .extend({
    /** The layout the catalogue shows at `catalogueLayoutUrl`, without who uploaded it. */
    layout: catalogueLayoutSchema.nullable().default(null),
    /** The list price of a free unit; null for the others. */
    price: z.number().int().min(0).nullable(),
    /** The tenant's currency, copied so visitors who may not read the tenant can read the price. */
    currency: currencySchema,
  });
export type CatalogueUnit = z.infer<typeof catalogueUnitSchema>;

/** The public projection of a unit: no hold, no fixed-price flag, and a price only while it is on sale. */
export function catalogueUnitOf(unit: Unit, currency: Currency): CatalogueUnit {
  return {
    id: unit.id,
    projectId: unit.projectId,
    buildingId: unit.buildingId,
    section: unit.section,
    number: unit.number,
    floor: unit.floor,
    position: unit.position,
    kind: unit.kind,
    rooms: unit.rooms,
    area: unit.area,
    livingArea: unit.livingArea,
    kitchenArea: unit.kitchenArea,
    finish: unit.finish,
    status: unit.status,
    layout: unit.layout ? { id: unit.layout.id, width: unit.layout.width, height: unit.layout.height } : null,
    updatedAt: unit.updatedAt,
    price: unit.status === 'free' ? unit.price : null,
    currency,
  };
}

/** A page of the catalogue's list holds this many units. */
export const CATALOGUE_PAGE_SIZE = 20;

/** The list's filters; null bounds keep everything. Rooms: ROOMS_MANY_FROM stands for that many or more. */
export interface CatalogueFilters {
  rooms: number | null;
  priceMin: number | null;
  priceMax: number | null;
  areaMin: number | null;
  areaMax: number | null;
}

export const NO_CATALOGUE_FILTERS: CatalogueFilters = {
  rooms: null,
  priceMin: null,
  priceMax: null,
  areaMin: null,
  areaMax: null,
};

export const CATALOGUE_ROOMS_MANY_FROM = 4;

/** Whether a unit passes the filters (the chessboard dims the others). */
export function matchesCatalogueFilters(
  unit: Pick<CatalogueUnit, 'rooms' | 'price' | 'area'>,
  filters: CatalogueFilters,
): boolean {
  if (filters.rooms !== null) {
    if (filters.rooms >= CATALOGUE_ROOMS_MANY_FROM ? unit.rooms < filters.rooms : unit.rooms !== filters.rooms)
      return false;
  }
  if (filters.priceMin !== null && (unit.price === null || unit.price < filters.priceMin)) return false;
  if (filters.priceMax !== null && (unit.price === null || unit.price > filters.priceMax)) return false;
  if (filters.areaMin !== null && unit.area < filters.areaMin) return false;
  if (filters.areaMax !== null && unit.area > filters.areaMax) return false;
  return true;
}
