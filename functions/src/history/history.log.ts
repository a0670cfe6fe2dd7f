import { logLine } from '../lib/log';

/** The log lines of history. */
export const historyLog = {
  historyEntrySynced: (tenantId: string, entryId: string, outcome: Record<string, boolean | number>) =>
    logLine.info('history entry synced', { tenantId, entryId, ...outcome }),
  historyEntryUnseenContacts: (tenantId: string, entryId: string, unseen: number) =>
    logLine.warn('history entry naming clients its author does not see: those ids taken out', {
      tenantId,
      entryId,
      unseen,
    }),
  historyFollowsContact: (tenantId: string, contactId: string, entries: number) =>
    logLine.info('history viewers follow their contact', { tenantId, contactId, entries }),
};
