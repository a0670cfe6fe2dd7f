import { sharedDocumentModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchSharedDocuments } from '../data/shared-documents.repository';

export const sharedDocumentsKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, sharedDocumentModel),
  ofContact: (tenantId: string, contactId: string) =>
    [...modelKeys.of(tenantId, sharedDocumentModel), 'of-contact', contactId] as const,
};

export const sharedDocumentsOptions = (tenantId: string, contactId: string) =>
  queryOptions({
    queryKey: sharedDocumentsKeys.ofContact(tenantId, contactId),
    queryFn: () => fetchSharedDocuments(tenantId, contactId),
  });
