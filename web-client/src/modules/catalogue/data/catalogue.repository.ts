import {
  buildingModel,
  CATALOGUE_PAGE_SIZE,
  CATALOGUE_ROOMS_MANY_FROM,
  catalogueUnitModel,
  paths,
  projectModel,
  reservationModel,
  reservationSettingsModel,
  DEFAULT_RESERVATION_SETTINGS,
  type Building,
  type CatalogueFilters,
  type CatalogueUnit,
  type Project,
  type Duration,
  type Reservation,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import {
  collection,
  doc,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { clientStore, readDocument, readQuery } from '../../../lib/firebase/client-store';

const projectConverter = converterOf(projectModel);
const buildingConverter = converterOf(buildingModel);
const catalogueUnitConverter = converterOf(catalogueUnitModel);
const reservationConverter = converterOf(reservationModel);
const settingsConverter = converterOf(reservationSettingsModel);

/** A developer runs a handful of programmes; the catalogue lists the first 50 by name. */
const PROJECTS_MAX = 50;
/** A project's buildings, for its tabs. */
const BUILDINGS_MAX = 50;
/**
 * The chessboard shows a whole building at once: the largest the inventory forms allow in practice
 * stays under this (the admin's chessboard reads the same).
 */
const BUILDING_UNITS_MAX = 2000;
/** A client's latest reservations. */
const RESERVATIONS_MAX = 20;
/** The highest room count a unit may have (unitInputSchema). */
const ROOMS_MAX = 20;

export async function fetchProjects(tenantId: string): Promise<Project[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.projects(tenantId)).withConverter(projectConverter),
      orderBy('name'),
      limit(PROJECTS_MAX),
    ),
  );
  return readDocs(snapshot);
}

export async function fetchProject(tenantId: string, projectId: string): Promise<Project | null> {
  return readDoc(
    await readDocument(doc(clientStore(), paths.project(tenantId, projectId)).withConverter(projectConverter)),
  );
}

export async function fetchBuildings(tenantId: string, projectId: string): Promise<Building[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.buildings(tenantId)).withConverter(buildingConverter),
      where('projectId', '==', projectId),
      limit(BUILDINGS_MAX),
    ),
  );
  return readDocs(snapshot).sort((a, b) => a.name.localeCompare(b.name));
}

export interface CataloguePage {
  units: CatalogueUnit[];
  /** Where the next page starts; null on the last page. */
  next: QueryDocumentSnapshot<CatalogueUnit> | null;
}

/** The filters as query constraints: rooms by equality (or `in` for "that many or more"), price and area by range. */
function filterConstraints(filters: CatalogueFilters): QueryConstraint[] {
  const constraints: QueryConstraint[] = [];
  const rooms = filters.rooms;
  if (rooms !== null) {
    if (rooms >= CATALOGUE_ROOMS_MANY_FROM) {
      const many = Array.from({ length: ROOMS_MAX - rooms + 1 }, (_, index) => rooms + index);
      constraints.push(where('rooms', 'in', many));
    } else {
      constraints.push(where('rooms', '==', rooms));
    }
  }
  if (filters.priceMin !== null) constraints.push(where('price', '>=', filters.priceMin));
  if (filters.priceMax !== null) constraints.push(where('price', '<=', filters.priceMax));
  if (filters.areaMin !== null) constraints.push(where('area', '>=', filters.areaMin));
  if (filters.areaMax !== null) constraints.push(where('area', '<=', filters.areaMax));
  return constraints;
}

/** One page of a project's free units, cheapest first. */
export async function fetchFreeUnitsPage(
  tenantId: string,
  projectId: string,
  filters: CatalogueFilters,
  after: QueryDocumentSnapshot<CatalogueUnit> | null,
): Promise<CataloguePage> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.catalogueUnits(tenantId)).withConverter(catalogueUnitConverter),
      where('projectId', '==', projectId),
      where('status', '==', 'free'),
      ...filterConstraints(filters),
      orderBy('price'),
      ...(filters.areaMin !== null || filters.areaMax !== null ? [orderBy('area')] : []),
      ...(after ? [startAfter(after)] : []),
      limit(CATALOGUE_PAGE_SIZE),
    ),
  );
  const docs = snapshot.docs;
  return {
    units: readDocs(snapshot),
    next: docs.length === CATALOGUE_PAGE_SIZE ? (docs[docs.length - 1] ?? null) : null,
  };
}

/** Every unit of a building, whatever its status, for the chessboard. */
export async function fetchBuildingUnits(tenantId: string, buildingId: string): Promise<CatalogueUnit[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.catalogueUnits(tenantId)).withConverter(catalogueUnitConverter),
      where('buildingId', '==', buildingId),
      limit(BUILDING_UNITS_MAX),
    ),
  );
  return readDocs(snapshot);
}

export async function fetchCatalogueUnit(tenantId: string, unitId: string): Promise<CatalogueUnit | null> {
  return readDoc(
    await readDocument(doc(clientStore(), paths.catalogueUnit(tenantId, unitId)).withConverter(catalogueUnitConverter)),
  );
}

export async function fetchBuilding(tenantId: string, buildingId: string): Promise<Building | null> {
  return readDoc(
    await readDocument(doc(clientStore(), paths.building(tenantId, buildingId)).withConverter(buildingConverter)),
  );
}

/** The client's latest reservations, newest first (the rules allow only a list filtered on contactId). */
export async function fetchMyReservations(tenantId: string, contactId: string): Promise<Reservation[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.reservations(tenantId)).withConverter(reservationConverter),
      where('contactId', '==', contactId),
      orderBy('createdAt', 'desc'),
      limit(RESERVATIONS_MAX),
    ),
  );
  return readDocs(snapshot);
}

/** The online term the sales office set (Settings › Reservations); the defaults until it saves any. */
export async function fetchOnlineTerm(tenantId: string): Promise<Duration> {
  const settings = readDoc(
    await readDocument(doc(clientStore(), paths.reservationSettings(tenantId)).withConverter(settingsConverter)),
  );
  return (settings ?? DEFAULT_RESERVATION_SETTINGS).terms.online;
}
