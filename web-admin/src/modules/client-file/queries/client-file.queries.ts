import type { Mail } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import {
  fetchBuyerInterests,
  fetchDocuments,
  fetchMailsPage,
  fetchNotes,
  fetchQuestionnaire,
  fetchSavedSearch,
  fetchSellerProperties,
  fetchSignatories,
  fetchTracfin,
} from '../data/client-file.repository';
import type { InterestsViewer } from '../../../lib/firebase/interest-visibility';

/** Keys rooted at the tenant and the contact, so one client's cache never serves another. */
export const clientFileKeys = {
  all: (tenantId: string, contactId: string) => ['tenant', tenantId, 'client-file', contactId] as const,
  part: (tenantId: string, contactId: string, part: string) =>
    [...clientFileKeys.all(tenantId, contactId), part] as const,
};

export const signatoriesOptions = (tenantId: string, contactId: string) =>
  queryOptions({
    queryKey: clientFileKeys.part(tenantId, contactId, 'signatories'),
    queryFn: () => fetchSignatories(tenantId, contactId),
  });

export const documentsOptions = (tenantId: string, contactId: string) =>
  queryOptions({
    queryKey: clientFileKeys.part(tenantId, contactId, 'documents'),
    queryFn: () => fetchDocuments(tenantId, contactId),
  });

export const notesOptions = (tenantId: string, contactId: string, uid: string) =>
  queryOptions({
    queryKey: [...clientFileKeys.part(tenantId, contactId, 'notes'), uid],
    queryFn: () => fetchNotes(tenantId, contactId, uid),
  });

export const mailsOptions = (tenantId: string, contactId: string) =>
  infiniteQueryOptions({
    queryKey: clientFileKeys.part(tenantId, contactId, 'mails'),
    queryFn: ({ pageParam }) => fetchMailsPage(tenantId, contactId, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<Mail> | null,
    getNextPageParam: (page) => page.next,
  });

export const questionnaireOptions = (tenantId: string, contactId: string) =>
  queryOptions({
    queryKey: clientFileKeys.part(tenantId, contactId, 'questionnaire'),
    queryFn: () => fetchQuestionnaire(tenantId, contactId),
  });

export const savedSearchOptions = (tenantId: string, contactId: string) =>
  queryOptions({
    queryKey: clientFileKeys.part(tenantId, contactId, 'saved-search'),
    queryFn: () => fetchSavedSearch(tenantId, contactId),
  });

export const tracfinOptions = (tenantId: string, contactId: string) =>
  queryOptions({
    queryKey: clientFileKeys.part(tenantId, contactId, 'tracfin'),
    queryFn: () => fetchTracfin(tenantId, contactId),
  });

export const sellerPropertiesOptions = (tenantId: string, contactId: string) =>
  queryOptions({
    queryKey: clientFileKeys.part(tenantId, contactId, 'seller-properties'),
    queryFn: () => fetchSellerProperties(tenantId, contactId),
  });

export const buyerInterestsOptions = (tenantId: string, contactId: string, viewer: InterestsViewer) =>
  queryOptions({
    queryKey: [...clientFileKeys.part(tenantId, contactId, 'buyer-interests'), viewer.uid],
    queryFn: () => fetchBuyerInterests(tenantId, contactId, viewer),
  });
