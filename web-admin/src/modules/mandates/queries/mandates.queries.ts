import { amendmentModel, mandateModel, registerLineModel, signatoryModel, type RegisterFilter } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import {
  fetchPropertyAmendments,
  fetchPropertyMandates,
  fetchRegisterPage,
  fetchSignatories,
} from '../data/mandates.repository';

export const mandateKeys = {
  mandates: (tenantId: string) => modelKeys.of(tenantId, mandateModel),
  register: (tenantId: string) => modelKeys.of(tenantId, registerLineModel),
  amendments: (tenantId: string) => modelKeys.of(tenantId, amendmentModel),
};

export function propertyMandatesOptions(tenantId: string, propertyId: string) {
  return queryOptions({
    queryKey: [...mandateKeys.mandates(tenantId), 'property', propertyId] as const,
    queryFn: () => fetchPropertyMandates(tenantId, propertyId),
  });
}

export function propertyAmendmentsOptions(tenantId: string, propertyId: string) {
  return queryOptions({
    queryKey: [...mandateKeys.amendments(tenantId), 'property', propertyId] as const,
    queryFn: () => fetchPropertyAmendments(tenantId, propertyId),
  });
}

export function signatoriesOptions(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: [...modelKeys.of(tenantId, signatoryModel), 'mandate-signers', contactId] as const,
    queryFn: () => fetchSignatories(tenantId, contactId),
    staleTime: 30_000,
  });
}

export function registerOptions(tenantId: string, filter: RegisterFilter) {
  return infiniteQueryOptions({
    queryKey: [
      ...mandateKeys.register(tenantId),
      filter.status,
      filter.kind,
      filter.agentUid,
      filter.from?.toISOString() ?? null,
      filter.to?.toISOString() ?? null,
    ] as const,
    queryFn: ({ pageParam }) => fetchRegisterPage(tenantId, filter, pageParam),
    initialPageParam: null as Date | null,
    getNextPageParam: (page) => page.next,
  });
}
