import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { clientListingSchema } from './client-listing.schema';
import { listingActionSchema } from './listing-action.schema';

export const clientListingModel = defineModel({
  kind: 'client listing',
  schema: clientListingSchema,
  path: paths.clientListing,
});
export const listingActionModel = defineModel({
  kind: 'listing action',
  schema: listingActionSchema,
  path: paths.listingAction,
});
