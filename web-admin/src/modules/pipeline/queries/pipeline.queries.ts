import { interestModel, pipelineSettingsModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import type { InterestsViewer } from '../data/interest-visibility';
import { fetchContactInterests, fetchPipelineSettings, fetchPropertyInterests } from '../data/pipeline.repository';

/** Interests and the pipeline settings, each under its model's root so saving either refreshes its readers. */
export const pipelineKeys = {
  interests: (tenantId: string) => modelKeys.of(tenantId, interestModel),
  ofProperty: (tenantId: string, propertyId: string) =>
    [...pipelineKeys.interests(tenantId), 'property', propertyId] as const,
  ofContact: (tenantId: string, contactId: string) =>
    [...pipelineKeys.interests(tenantId), 'contact', contactId] as const,
  settings: (tenantId: string) => modelKeys.of(tenantId, pipelineSettingsModel),
};

export function propertyInterestsOptions(tenantId: string, propertyId: string, viewer: InterestsViewer) {
  return queryOptions({
    queryKey: [...pipelineKeys.ofProperty(tenantId, propertyId), viewer.uid],
    queryFn: () => fetchPropertyInterests(tenantId, propertyId, viewer),
  });
}

export function contactInterestsOptions(tenantId: string, contactId: string, viewer: InterestsViewer) {
  return queryOptions({
    queryKey: [...pipelineKeys.ofContact(tenantId, contactId), viewer.uid],
    queryFn: () => fetchContactInterests(tenantId, contactId, viewer),
  });
}

export function pipelineSettingsOptions(tenantId: string) {
  return queryOptions({
    queryKey: pipelineKeys.settings(tenantId),
    queryFn: () => fetchPipelineSettings(tenantId),
    staleTime: 60_000,
  });
}
