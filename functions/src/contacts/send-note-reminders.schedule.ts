import { FUNCTIONS_REGION } from '@estate/domain';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { runtimeDeps } from '../lib/deps';
import { sendNoteReminders } from './send-note-reminders.handler';

export const sendNoteRemindersSchedule = onSchedule(
  { region: FUNCTIONS_REGION, schedule: 'every 5 minutes' },
  async () => {
    await sendNoteReminders(runtimeDeps(), new Date());
  },
);
