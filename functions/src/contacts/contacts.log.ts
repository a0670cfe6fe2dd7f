import { logLine } from '../lib/log';

/** The log lines of contacts. */
export const contactsLog = {
  clientInvited: (tenantId: string, contactId: string, uid: string, created: boolean) =>
    logLine.info('client invited', { tenantId, contactId, uid, created }),
  clientSpaceConfirmed: (tenantId: string, contactId: string) =>
    logLine.info('client space confirmed', { tenantId, contactId }),
  contactSaved: (tenantId: string, contactId: string, created: boolean, by: string) =>
    logLine.info('contact saved', { tenantId, contactId, created, by }),
  prospectConverted: (tenantId: string, contactId: string, clientType: string, by: string) =>
    logLine.info('prospect converted', { tenantId, contactId, clientType, by }),
  contactsMerged: (tenantId: string, keepId: string, mergeId: string, moved: Record<string, number>, by: string) =>
    logLine.info('contacts merged', { tenantId, keepId, mergeId, moved, by }),
  searchTokens: (tenantId: string, contactId: string, outcome: 'written' | 'unreadable') =>
    (outcome === 'written' ? logLine.info : logLine.warn)('contact search tokens', { tenantId, contactId, outcome }),
  clientProfileWritten: (tenantId: string, contactId: string) =>
    logLine.info('client profile written', { tenantId, contactId }),
  // No contact id: the profile also goes when its contact is erased, which leaves no identifier behind.
  clientProfileRemoved: (tenantId: string) => logLine.info('client profile removed', { tenantId }),
  erasureStalled: (tenantId: string, erasureId: string, error: unknown) =>
    logLine.error('erasure could not be finished; tried again next run', {
      tenantId,
      erasureId,
      error: error instanceof Error ? error.message : String(error),
    }),
  contactsImported: (tenantId: string, importId: string, imported: number, duplicates: number, errors: number) =>
    logLine.info('contacts imported', { tenantId, importId, imported, duplicates, errors }),
  deletionRequested: (tenantId: string, contactId: string, by: string, notified: number) =>
    logLine.info('contact deletion requested', { tenantId, contactId, by, notified }),
  deletionDeclined: (tenantId: string, contactId: string, by: string) =>
    logLine.info('contact deletion declined', { tenantId, contactId, by }),
  // No contact id: the erasure leaves no identifier of the person, in the logs either.
  contactErased: (tenantId: string, erasureId: string, by: string, reason: string) =>
    logLine.info('contact erased', { tenantId, erasureId, by, reason }),
  // The schema's issues name fields and rules, never the stored values.
  contactUnreadable: (tenantId: string, contactId: string, operation: string, issues: string) =>
    logLine.warn('contact unreadable', { tenantId, contactId, operation, issues }),
  noteReminders: (sent: number, dropped: number) => logLine.info('note reminders', { sent, dropped }),
};
