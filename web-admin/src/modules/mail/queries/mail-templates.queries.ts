import { contactModel, mailTemplateModel, propertyModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchContact, fetchMailTemplates, fetchTemplateProperty } from '../data/mail-template.repository';
import { modelKeys } from '../../../lib/query/model-keys';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const mailTemplateKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, mailTemplateModel),
  contact: (tenantId: string, contactId: string) => modelKeys.one(tenantId, contactModel, contactId),
  property: (tenantId: string, propertyId: string) =>
    [...modelKeys.of(tenantId, propertyModel), 'template-values', propertyId] as const,
};

export function mailTemplatesOptions(tenantId: string) {
  return queryOptions({ queryKey: mailTemplateKeys.all(tenantId), queryFn: () => fetchMailTemplates(tenantId) });
}

export function contactOptions(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: mailTemplateKeys.contact(tenantId, contactId),
    queryFn: () => fetchContact(tenantId, contactId),
  });
}

export function templatePropertyOptions(tenantId: string, propertyId: string) {
  return queryOptions({
    queryKey: mailTemplateKeys.property(tenantId, propertyId),
    queryFn: () => fetchTemplateProperty(tenantId, propertyId),
  });
}
