import { FUNCTIONS_REGION } from '@estate/domain';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { runtimeDeps } from '../lib/deps';
import { releaseDueReservations } from './release-due.handler';

/** Every minute, so a reservation is released at most a minute after its term. */
export const releaseDueSchedule = onSchedule(
  { region: FUNCTIONS_REGION, schedule: 'every 1 minutes', timeoutSeconds: 120 },
  async () => {
    await releaseDueReservations(runtimeDeps(), new Date());
  },
);
