import { financingApplicationModel, financingReportModel, type FinancingApplication } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { modelKeys } from '../../../lib/query/model-keys';
import {
  fetchApplication,
  fetchApplicationsPage,
  fetchContactApplications,
  fetchFinancingReport,
  fetchUnitApplications,
  type ApplicationFilters,
} from '../data/financing.repository';

export const financingKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, financingApplicationModel),
  report: (tenantId: string) => modelKeys.of(tenantId, financingReportModel),
};

export const applicationsPageOptions = (tenantId: string, filters: ApplicationFilters) =>
  infiniteQueryOptions({
    queryKey: [...financingKeys.all(tenantId), 'list', filters.kind, filters.status, filters.bank] as const,
    queryFn: ({ pageParam }) => fetchApplicationsPage(tenantId, filters, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<FinancingApplication> | null,
    getNextPageParam: (page) => page.next,
  });

export const contactApplicationsOptions = (tenantId: string, contactId: string) =>
  queryOptions({
    queryKey: [...financingKeys.all(tenantId), 'contact', contactId] as const,
    queryFn: () => fetchContactApplications(tenantId, contactId),
  });

export const unitApplicationsOptions = (tenantId: string, unitId: string) =>
  queryOptions({
    queryKey: [...financingKeys.all(tenantId), 'unit', unitId] as const,
    queryFn: () => fetchUnitApplications(tenantId, unitId),
  });

export const applicationOptions = (tenantId: string, applicationId: string) =>
  queryOptions({
    queryKey: modelKeys.one(tenantId, financingApplicationModel, applicationId),
    queryFn: () => fetchApplication(tenantId, applicationId),
  });

export const financingReportOptions = (tenantId: string) =>
  queryOptions({
    queryKey: financingKeys.report(tenantId),
    queryFn: () => fetchFinancingReport(tenantId),
  });
