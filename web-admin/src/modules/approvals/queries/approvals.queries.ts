import { approvalModel, type Approval } from '@estate/domain';
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchApprovalsPage, type ApprovalsFilter } from '../data/approvals.repository';

export const approvalKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, approvalModel),
};

export const approvalsPageOptions = (tenantId: string, filter: ApprovalsFilter) =>
  infiniteQueryOptions({
    queryKey: [
      ...approvalKeys.all(tenantId),
      'list',
      filter.scope.kind === 'all' ? 'all' : filter.scope.uid,
      filter.state,
    ] as const,
    queryFn: ({ pageParam }) => fetchApprovalsPage(tenantId, filter, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<Approval> | null,
    getNextPageParam: (page) => page.next,
  });
