import { queryOptions } from '@tanstack/react-query';
import { fetchMySharedDocuments } from './shared-documents.repository';

export function sharedDocumentsQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: ['tenants', tenantId, 'sharedDocuments', contactId] as const,
    queryFn: () => fetchMySharedDocuments(tenantId, contactId),
  });
}
