import type { CatalogueFilters } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  fetchBuilding,
  fetchBuildings,
  fetchBuildingUnits,
  fetchCatalogueUnit,
  fetchFreeUnitsPage,
  fetchMyReservations,
  fetchOnlineTerm,
  fetchProject,
  fetchProjects,
  type CataloguePage,
} from '../data/catalogue.repository';

export const catalogueKeys = {
  all: (tenantId: string) => ['tenants', tenantId, 'catalogue'] as const,
  reservations: (tenantId: string, contactId: string) => ['tenants', tenantId, 'reservations', contactId] as const,
};

export function projectsQuery(tenantId: string) {
  return queryOptions({
    queryKey: [...catalogueKeys.all(tenantId), 'projects'] as const,
    queryFn: () => fetchProjects(tenantId),
  });
}

export function projectQuery(tenantId: string, projectId: string) {
  return queryOptions({
    queryKey: [...catalogueKeys.all(tenantId), 'project', projectId] as const,
    queryFn: () => fetchProject(tenantId, projectId),
  });
}

export function buildingsQuery(tenantId: string, projectId: string) {
  return queryOptions({
    queryKey: [...catalogueKeys.all(tenantId), 'buildings', projectId] as const,
    queryFn: () => fetchBuildings(tenantId, projectId),
  });
}

export function buildingQuery(tenantId: string, buildingId: string) {
  return queryOptions({
    queryKey: [...catalogueKeys.all(tenantId), 'building', buildingId] as const,
    queryFn: () => fetchBuilding(tenantId, buildingId),
  });
}

export function freeUnitsQuery(tenantId: string, projectId: string, filters: CatalogueFilters) {
  return infiniteQueryOptions({
    queryKey: [...catalogueKeys.all(tenantId), 'free', projectId, filters] as const,
    queryFn: ({ pageParam }) => fetchFreeUnitsPage(tenantId, projectId, filters, pageParam),
    initialPageParam: null as CataloguePage['next'],
    getNextPageParam: (page: CataloguePage) => page.next ?? undefined,
  });
}

export function buildingUnitsQuery(tenantId: string, buildingId: string) {
  return queryOptions({
    queryKey: [...catalogueKeys.all(tenantId), 'board', buildingId] as const,
    queryFn: () => fetchBuildingUnits(tenantId, buildingId),
  });
}

export function catalogueUnitQuery(tenantId: string, unitId: string) {
  return queryOptions({
    queryKey: [...catalogueKeys.all(tenantId), 'unit', unitId] as const,
    queryFn: () => fetchCatalogueUnit(tenantId, unitId),
  });
}

export function myReservationsQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: catalogueKeys.reservations(tenantId, contactId),
    queryFn: () => fetchMyReservations(tenantId, contactId),
  });
}

export function onlineTermQuery(tenantId: string) {
  return queryOptions({
    queryKey: [...catalogueKeys.all(tenantId), 'online-term'] as const,
    queryFn: () => fetchOnlineTerm(tenantId),
  });
}
