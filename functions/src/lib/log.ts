import * as logger from 'firebase-functions/logger';

/** Credentials in connection strings (`smtp://user:secret@host`) never reach the logs. */
export function redact(text: string): string {
  return text.replace(/(\w+:\/\/)[^/@\s]+@/g, '$1***@');
}

function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/** Every log line of the functions, named; personal data is masked here once. */
export const log = {
  tenantCreated: (tenantId: string, uid: string, slug: string) =>
    logger.info('tenant created', { tenantId, uid, slug }),
  tenantClaimsRestored: (tenantId: string, uid: string) =>
    logger.warn('tenant already created by this user: claims set again', { tenantId, uid }),
  domainsMirrored: (tenantId: string, hosts: string[], removed: string[]) =>
    logger.info('domains mirrored', { tenantId, hosts, removed }),
  accessRequested: (tenantId: string, uid: string, notified: number) =>
    logger.info('access requested', { tenantId, uid, notified }),
  accessDecided: (tenantId: string, uid: string, decision: string, by: string) =>
    logger.info('access decided', { tenantId, uid, decision, by }),
  roleChanged: (tenantId: string, uid: string, role: string, by: string) =>
    logger.info('role changed', { tenantId, uid, role, by }),
  memberActiveChanged: (tenantId: string, uid: string, active: boolean, by: string) =>
    logger.info('member access changed', { tenantId, uid, active, by }),
  ownershipTransferred: (tenantId: string, from: string, to: string) =>
    logger.info('ownership transferred', { tenantId, from, to }),
  clientInvited: (tenantId: string, contactId: string, uid: string, created: boolean) =>
    logger.info('client invited', { tenantId, contactId, uid, created }),
  clientSpaceConfirmed: (tenantId: string, contactId: string) =>
    logger.info('client space confirmed', { tenantId, contactId }),
  contactSaved: (tenantId: string, contactId: string, created: boolean, by: string) =>
    logger.info('contact saved', { tenantId, contactId, created, by }),
  prospectConverted: (tenantId: string, contactId: string, clientType: string, by: string) =>
    logger.info('prospect converted', { tenantId, contactId, clientType, by }),
  contactsMerged: (tenantId: string, keepId: string, mergeId: string, moved: Record<string, number>, by: string) =>
    logger.info('contacts merged', { tenantId, keepId, mergeId, moved, by }),
  propertySaved: (tenantId: string, propertyId: string, reference: string, created: boolean, by: string) =>
    logger.info('property saved', { tenantId, propertyId, reference, created, by }),
  phaseMoveRefused: (tenantId: string, interestId: string, authorUid: string) =>
    logger.warn('history entry by a collaborator who does not see the contact: no phase move', {
      tenantId,
      interestId,
      authorUid,
    }),
  phaseHeldForTracfin: (tenantId: string, interestId: string, to: string, missing: string[]) =>
    logger.info('phase move held: the Tracfin file is incomplete', { tenantId, interestId, to, missing }),
  unreadableDocument: (trigger: string, path: string, reason: string) =>
    logger.warn('document does not match its schema: skipped', { trigger, path, reason }),
  phaseChanged: (tenantId: string, interestId: string, from: string | null, to: string, by: string) =>
    logger.info('interest phase changed', { tenantId, interestId, from, to, by }),
  searchTokens: (tenantId: string, contactId: string, outcome: 'written' | 'unreadable') =>
    (outcome === 'written' ? logger.info : logger.warn)('contact search tokens', { tenantId, contactId, outcome }),
  clientProfileWritten: (tenantId: string, contactId: string) =>
    logger.info('client profile written', { tenantId, contactId }),
  // No contact id: the profile also goes when its contact is erased, which leaves no identifier behind.
  clientProfileRemoved: (tenantId: string) => logger.info('client profile removed', { tenantId }),
  interestsFollowContact: (tenantId: string, contactId: string, interests: number) =>
    logger.info('interests follow their contact', { tenantId, contactId, interests }),
  historyEntrySynced: (tenantId: string, entryId: string, outcome: Record<string, boolean | number>) =>
    logger.info('history entry synced', { tenantId, entryId, ...outcome }),
  erasureStalled: (tenantId: string, erasureId: string, error: unknown) =>
    logger.error('erasure could not be finished; tried again next run', {
      tenantId,
      erasureId,
      error: error instanceof Error ? error.message : String(error),
    }),
  historyEntryUnseenContacts: (tenantId: string, entryId: string, unseen: number) =>
    logger.warn('history entry naming clients its author does not see: those ids taken out', {
      tenantId,
      entryId,
      unseen,
    }),
  historyFollowsContact: (tenantId: string, contactId: string, entries: number) =>
    logger.info('history viewers follow their contact', { tenantId, contactId, entries }),
  contactsImported: (tenantId: string, importId: string, imported: number, duplicates: number, errors: number) =>
    logger.info('contacts imported', { tenantId, importId, imported, duplicates, errors }),
  deletionRequested: (tenantId: string, contactId: string, by: string, notified: number) =>
    logger.info('contact deletion requested', { tenantId, contactId, by, notified }),
  deletionDeclined: (tenantId: string, contactId: string, by: string) =>
    logger.info('contact deletion declined', { tenantId, contactId, by }),
  // No contact id: the erasure leaves no identifier of the person, in the logs either.
  contactErased: (tenantId: string, erasureId: string, by: string, reason: string) =>
    logger.info('contact erased', { tenantId, erasureId, by, reason }),
  managerSet: (tenantId: string, uid: string, managerUid: string | null, by: string, contacts: number) =>
    logger.info('manager set', { tenantId, uid, managerUid, by, contacts }),
  passwordResetSkipped: (reason: string, email: string) =>
    logger.info('password reset not sent', { reason, email: maskEmail(email) }),
  passwordResetQueued: (tenantId: string, uid: string) => logger.info('password reset queued', { tenantId, uid }),
  mailSent: (path: string, attempts: number, messageId: string) =>
    logger.info('mail sent', { path, attempts, messageId }),
  mailFailed: (path: string, attempts: number, state: string, error: string) =>
    logger.warn('mail failed', { path, attempts, state, error: redact(error) }),
  mailRequeued: (count: number) => logger.info('mails requeued', { count }),
  noteReminders: (sent: number, dropped: number) => logger.info('note reminders', { sent, dropped }),
  contactsInformed: (tenantId: string, requestId: string, sent: number, alreadySent: number, skipped: number) =>
    logger.info('contacts informed', { tenantId, requestId, sent, alreadySent, skipped }),
  contactUnsubscribed: (tenantId: string, contactId: string, changed: boolean) =>
    logger.info('contact unsubscribed', { tenantId, contactId, changed }),
  // The lead's key, not the person: the lead document holds who wrote.
  portalLeadReceived: (tenantId: string, leadKey: string, contactId: string, duplicate: boolean, autoReply: boolean) =>
    logger.info('portal lead received', { tenantId, leadKey, contactId, duplicate, autoReply }),
  portalLeadRefused: (status: number) => logger.info('portal lead refused', { status }),
  leadsSecretRotated: (tenantId: string, by: string) => logger.info('leads secret rotated', { tenantId, by }),
  unknownHost: (host: string) => logger.info('unknown host', { host }),
  undeclaredRefusal: (callable: string, reason: string) =>
    logger.error('refusal reason not declared by the contract', { callable, reason }),
  unexpectedError: (operation: string, error: unknown) =>
    logger.error('unexpected error', {
      operation,
      error: redact(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    }),
};
