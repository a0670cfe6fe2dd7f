import { defineCallable } from '../shared/contract';
import {
  assignListingInputSchema,
  assignListingResultSchema,
  removeDraftInputSchema,
  removeDraftResultSchema,
  saveVisitReportInputSchema,
  saveVisitReportResultSchema,
  setPublishedInputSchema,
  setPublishedResultSchema,
} from './client-listing.schema';

const STAFF_REFUSALS = ['actor-not-active', 'not-collaborator', 'not-staff'] as const;

export const assignListingContract = defineCallable({
  name: 'listings-assign',
  access: 'signed-in',
  input: assignListingInputSchema,
  output: assignListingResultSchema,
  refusals: [...STAFF_REFUSALS, 'property-not-found', 'contact-not-found', 'not-a-client'],
});

export const setPublishedContract = defineCallable({
  name: 'listings-setPublished',
  access: 'signed-in',
  input: setPublishedInputSchema,
  output: setPublishedResultSchema,
  refusals: [...STAFF_REFUSALS, 'listing-not-found', 'contact-not-found'],
});

export const removeDraftContract = defineCallable({
  name: 'listings-removeDraft',
  access: 'signed-in',
  input: removeDraftInputSchema,
  output: removeDraftResultSchema,
  refusals: [...STAFF_REFUSALS, 'contact-not-found', 'listing-published'],
});

export const saveVisitReportContract = defineCallable({
  name: 'listings-saveVisitReport',
  access: 'signed-in',
  input: saveVisitReportInputSchema,
  output: saveVisitReportResultSchema,
  refusals: [...STAFF_REFUSALS, 'listing-not-found', 'contact-not-found', 'stage-forbids'],
});
