import { FUNCTIONS_REGION } from '@estate/domain';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { runtimeDeps } from '../lib/deps';
import { expireDueBookings } from './expire-due.handler';

/** Hourly: an offer's last valid day ends at midnight UTC, so it closes within the hour after. */
export const expireDueSchedule = onSchedule({ region: FUNCTIONS_REGION, schedule: 'every 60 minutes' }, async () => {
  await expireDueBookings(runtimeDeps(), new Date());
});
