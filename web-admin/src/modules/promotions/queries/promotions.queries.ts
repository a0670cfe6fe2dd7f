import { buildingModel, instalmentPlanModel, projectModel, promotionModel, type Promotion } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { modelKeys } from '../../../lib/query/model-keys';
import {
  fetchBuildings,
  fetchPlans,
  fetchProjects,
  fetchPromotionsPage,
  fetchUnfinishedPromotions,
} from '../data/promotions.repository';

export const promotionKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, promotionModel),
  plans: (tenantId: string) => modelKeys.of(tenantId, instalmentPlanModel),
};

export const promotionsPageOptions = (tenantId: string) =>
  infiniteQueryOptions({
    queryKey: [...promotionKeys.all(tenantId), 'pages'] as const,
    queryFn: ({ pageParam }) => fetchPromotionsPage(tenantId, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<Promotion> | null,
    getNextPageParam: (page) => page.next,
  });

/** Keyed by day: the promotions not over today. */
export const unfinishedPromotionsOptions = (tenantId: string, today: string) =>
  queryOptions({
    queryKey: [...promotionKeys.all(tenantId), 'unfinished', today] as const,
    queryFn: () => fetchUnfinishedPromotions(tenantId, new Date()),
  });

export const plansOptions = (tenantId: string) =>
  queryOptions({ queryKey: [...promotionKeys.plans(tenantId), 'list'] as const, queryFn: () => fetchPlans(tenantId) });

export const projectsOptions = (tenantId: string) =>
  queryOptions({
    queryKey: [...modelKeys.of(tenantId, projectModel), 'promotion-targets'] as const,
    queryFn: () => fetchProjects(tenantId),
  });

export const buildingsOptions = (tenantId: string) =>
  queryOptions({
    queryKey: [...modelKeys.of(tenantId, buildingModel), 'promotion-targets'] as const,
    queryFn: () => fetchBuildings(tenantId),
  });
