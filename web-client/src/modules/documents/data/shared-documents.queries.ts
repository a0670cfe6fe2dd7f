import { queryOptions } from '@tanstack/react-query';
import { fetchListingDocuments, fetchMySharedDocuments } from './shared-documents.repository';

const sharedDocumentsKey = (tenantId: string, contactId: string) =>
  ['tenants', tenantId, 'sharedDocuments', contactId] as const;

export function sharedDocumentsQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: sharedDocumentsKey(tenantId, contactId),
    queryFn: () => fetchMySharedDocuments(tenantId, contactId),
  });
}

export function listingDocumentsQuery(tenantId: string, contactId: string, propertyId: string) {
  return queryOptions({
    queryKey: [...sharedDocumentsKey(tenantId, contactId), 'listing', propertyId] as const,
    queryFn: () => fetchListingDocuments(tenantId, contactId, propertyId),
  });
}
