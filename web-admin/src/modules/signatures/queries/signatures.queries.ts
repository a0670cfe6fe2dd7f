import { signatureRequestModel, type SignatureRequest, type SignatureRequestStatus } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchRequest, fetchRequestsPage } from '../data/signatures.repository';

export const signatureKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, signatureRequestModel),
  one: (tenantId: string, requestId: string) => modelKeys.one(tenantId, signatureRequestModel, requestId),
};

export const requestsOptions = (
  tenantId: string,
  viewer: { uid: string; seesAll: boolean },
  status: SignatureRequestStatus | null,
) =>
  infiniteQueryOptions({
    queryKey: [...signatureKeys.all(tenantId), 'list', viewer.uid, viewer.seesAll, status ?? 'all'] as const,
    queryFn: ({ pageParam }) => fetchRequestsPage(tenantId, viewer, status, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<SignatureRequest> | null,
    getNextPageParam: (page) => page.next,
  });

export const requestOptions = (tenantId: string, requestId: string) =>
  queryOptions({
    queryKey: signatureKeys.one(tenantId, requestId),
    queryFn: () => fetchRequest(tenantId, requestId),
    refetchInterval: 15_000,
  });
