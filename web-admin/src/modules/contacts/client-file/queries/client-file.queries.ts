import {
  buyerQuestionnaireModel,
  contactDocumentModel,
  interestModel,
  mailModel,
  noteModel,
  propertyModel,
  savedSearchModel,
  signatoryModel,
  tracfinFileModel,
  type Mail,
} from '@estate/domain';
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
import type { InterestsViewer } from '../../../pipeline';
import { modelKeys } from '../../../../lib/query/model-keys';

/** The model each part of a client's file reads. */
const PART_MODELS = {
  signatories: signatoryModel,
  documents: contactDocumentModel,
  notes: noteModel,
  mails: mailModel,
  questionnaire: buyerQuestionnaireModel,
  'saved-search': savedSearchModel,
  tracfin: tracfinFileModel,
  'seller-properties': propertyModel,
  'buyer-interests': interestModel,
} as const;
export type ClientFilePart = keyof typeof PART_MODELS;

export const clientFileKeys = {
  /** A part of one client's file, under the root of the model it reads: saving that model refreshes it. */
  part: (tenantId: string, contactId: string, part: ClientFilePart) =>
    [...modelKeys.of(tenantId, PART_MODELS[part]), 'of-contact', contactId] as const,
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
