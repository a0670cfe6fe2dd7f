import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { matchListingSchema, matchSearchSchema } from './matching.schema';

export const matchSearchModel = defineModel({
  kind: 'match search',
  schema: matchSearchSchema,
  path: paths.matchSearch,
});
export const matchListingModel = defineModel({
  kind: 'match listing',
  schema: matchListingSchema,
  path: paths.matchListing,
});
