import { queryOptions } from '@tanstack/react-query';
import {
  fetchContact,
  fetchMailTemplates,
  fetchTemplateProperty,
} from '../../../lib/firebase/mail-template.repository';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const mailTemplateKeys = {
  all: (tenantId: string) => ['tenant', tenantId, 'mailTemplates'] as const,
  contact: (tenantId: string, contactId: string) => ['tenant', tenantId, 'contacts', 'one', contactId] as const,
  property: (tenantId: string, propertyId: string) =>
    ['tenant', tenantId, 'properties', 'template-values', propertyId] as const,
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
