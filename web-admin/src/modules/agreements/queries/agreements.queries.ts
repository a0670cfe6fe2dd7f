import {
  agreementModel,
  agreementTemplateModel,
  bookingTermsModel,
  developerSignatoryModel,
  type Agreement,
  type AgreementStatus,
} from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { modelKeys } from '../../../lib/query/model-keys';
import {
  fetchAgreement,
  fetchAgreementsPage,
  fetchPaidBookings,
  fetchSignatories,
  fetchTemplates,
} from '../data/agreements.repository';

export const agreementKeys = {
  agreements: (tenantId: string) => modelKeys.of(tenantId, agreementModel),
  signatories: (tenantId: string) => modelKeys.of(tenantId, developerSignatoryModel),
  templates: (tenantId: string) => modelKeys.of(tenantId, agreementTemplateModel),
};

export const signatoriesOptions = (tenantId: string) =>
  queryOptions({
    queryKey: [...agreementKeys.signatories(tenantId), 'list'] as const,
    queryFn: () => fetchSignatories(tenantId),
  });

export const templatesOptions = (tenantId: string) =>
  queryOptions({
    queryKey: [...agreementKeys.templates(tenantId), 'all'] as const,
    queryFn: () => fetchTemplates(tenantId),
  });

export const agreementsPageOptions = (tenantId: string, status: AgreementStatus | null) =>
  infiniteQueryOptions({
    queryKey: [...agreementKeys.agreements(tenantId), 'pages', status ?? 'all'] as const,
    queryFn: ({ pageParam }) => fetchAgreementsPage(tenantId, status, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<Agreement> | null,
    getNextPageParam: (page) => page.next,
  });

export const agreementOptions = (tenantId: string, agreementId: string) =>
  queryOptions({
    queryKey: modelKeys.one(tenantId, agreementModel, agreementId),
    queryFn: () => fetchAgreement(tenantId, agreementId),
  });

export const paidBookingsOptions = (tenantId: string) =>
  queryOptions({
    queryKey: [...modelKeys.of(tenantId, bookingTermsModel), 'paid'] as const,
    queryFn: () => fetchPaidBookings(tenantId),
  });
