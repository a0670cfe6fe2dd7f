import { FUNCTIONS_REGION } from '@estate/domain';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { runtimeDeps } from '../lib/deps';
import { finishStalledErasures } from './erase-contact.handler';

export const finishErasuresSchedule = onSchedule(
  { region: FUNCTIONS_REGION, schedule: 'every 15 minutes' },
  async () => {
    await finishStalledErasures(runtimeDeps(), new Date());
  },
);
