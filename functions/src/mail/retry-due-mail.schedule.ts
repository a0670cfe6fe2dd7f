import { FUNCTIONS_REGION } from '@estate/domain';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { adminDb } from '../lib/admin';
import { retryDueMail } from './retry-due-mail.handler';

export const retryDueMailSchedule = onSchedule({ region: FUNCTIONS_REGION, schedule: 'every 5 minutes' }, async () => {
  await retryDueMail({ db: adminDb() }, new Date());
});
