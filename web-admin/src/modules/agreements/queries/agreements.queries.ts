import { agreementTemplateModel, developerSignatoryModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchSignatories, fetchTemplates } from '../data/agreements.repository';

export const agreementKeys = {
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
