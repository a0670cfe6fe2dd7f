import { FUNCTIONS_REGION } from '@estate/domain';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { adminDb } from '../lib/admin';
import { prepareCommissionInvoices } from './prepare-commission-invoices.handler';

/**
 * Every morning: the agents' commission invoices of the last week (weekly plans) and of the last month
 * (monthly plans), drafted once each; a run that finds them made changes nothing.
 */
export const prepareCommissionInvoicesSchedule = onSchedule(
  { region: FUNCTIONS_REGION, schedule: 'every day 06:00', timeZone: 'Europe/Paris' },
  async () => {
    await prepareCommissionInvoices({ db: adminDb() }, new Date());
  },
);
