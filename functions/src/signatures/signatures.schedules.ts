import { FUNCTIONS_REGION } from '@estate/domain';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { runtimeDeps } from '../lib/deps';
import { expireRequests, sendDueReminders } from './manage-request.handlers';

export const expireRequestsSchedule = onSchedule(
  { region: FUNCTIONS_REGION, schedule: 'every 15 minutes' },
  async () => {
    await expireRequests(runtimeDeps(), new Date());
  },
);

export const sendRemindersSchedule = onSchedule(
  { region: FUNCTIONS_REGION, schedule: 'every 60 minutes' },
  async () => {
    await sendDueReminders(runtimeDeps(), new Date());
  },
);
