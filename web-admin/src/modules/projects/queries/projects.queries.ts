import { buildingModel, projectModel, unitHistoryEntryModel, unitModel } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import type { Project } from '@estate/domain';
import { modelKeys } from '../../../lib/query/model-keys';
import {
  fetchBuilding,
  fetchBuildings,
  fetchProject,
  fetchProjectsPage,
  fetchUnitHistory,
} from '../data/projects.repository';

export const projectKeys = {
  projects: (tenantId: string) => modelKeys.of(tenantId, projectModel),
  buildings: (tenantId: string) => modelKeys.of(tenantId, buildingModel),
  units: (tenantId: string) => modelKeys.of(tenantId, unitModel),
  history: (tenantId: string) => modelKeys.of(tenantId, unitHistoryEntryModel),
};

export function projectsOptions(tenantId: string) {
  return infiniteQueryOptions({
    queryKey: [...projectKeys.projects(tenantId), 'list'] as const,
    queryFn: ({ pageParam }) => fetchProjectsPage(tenantId, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<Project> | null,
    getNextPageParam: (page) => page.next,
  });
}

export function projectOptions(tenantId: string, projectId: string) {
  return queryOptions({
    queryKey: [...projectKeys.projects(tenantId), 'one', projectId] as const,
    queryFn: () => fetchProject(tenantId, projectId),
  });
}

export function buildingsOptions(tenantId: string, projectId: string) {
  return queryOptions({
    queryKey: [...projectKeys.buildings(tenantId), 'project', projectId] as const,
    queryFn: () => fetchBuildings(tenantId, projectId),
  });
}

export function buildingOptions(tenantId: string, buildingId: string) {
  return queryOptions({
    queryKey: [...projectKeys.buildings(tenantId), 'one', buildingId] as const,
    queryFn: () => fetchBuilding(tenantId, buildingId),
  });
}

export function unitHistoryOptions(tenantId: string, unitId: string) {
  return queryOptions({
    queryKey: [...projectKeys.history(tenantId), 'unit', unitId] as const,
    queryFn: () => fetchUnitHistory(tenantId, unitId),
  });
}
