import { defineCallable } from '../shared/contract';
import { travelTimesInputSchema, travelTimesResultSchema } from './travel-times';

/**
 * The times from a listing published to the calling client to each of their points: routed when a
 * routing service is configured (the modes it serves), estimated from distance otherwise.
 */
export const travelTimesContract = defineCallable({
  name: 'places-travelTimes',
  access: 'signed-in',
  input: travelTimesInputSchema,
  output: travelTimesResultSchema,
  refusals: ['not-client', 'listing-not-found'],
});
