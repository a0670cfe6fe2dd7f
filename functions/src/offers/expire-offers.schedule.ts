import { FUNCTIONS_REGION } from '@estate/domain';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { runtimeDeps } from '../lib/deps';
import { expireOffers } from './expire-offers.handler';

/** Hourly: an offer's validity ends at midnight UTC, so it closes within the hour after. */
export const expireOffersSchedule = onSchedule({ region: FUNCTIONS_REGION, schedule: 'every 60 minutes' }, async () => {
  await expireOffers(runtimeDeps(), new Date());
});
