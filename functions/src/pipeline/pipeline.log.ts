import { logLine } from '../lib/log';

/** The log lines of the pipeline. */
export const pipelineLog = {
  phaseMoveRefused: (tenantId: string, interestId: string, authorUid: string) =>
    logLine.warn('history entry by a collaborator who does not see the contact: no phase move', {
      tenantId,
      interestId,
      authorUid,
    }),
  visitNotCounted: (tenantId: string, entryId: string, authorUid: string) =>
    logLine.warn('visit by a collaborator who does not see its contacts: not counted on the property', {
      tenantId,
      entryId,
      authorUid,
    }),
  phaseHeldForTracfin: (tenantId: string, interestId: string, to: string, missing: string[]) =>
    logLine.info('phase move held: the Tracfin file is incomplete', { tenantId, interestId, to, missing }),
  unreadableDocument: (trigger: string, path: string, reason: string) =>
    logLine.warn('document does not match its schema: skipped', { trigger, path, reason }),
  phaseChanged: (tenantId: string, interestId: string, from: string | null, to: string, by: string) =>
    logLine.info('interest phase changed', { tenantId, interestId, from, to, by }),
  interestsFollowContact: (tenantId: string, contactId: string, interests: number) =>
    logLine.info('interests follow their contact', { tenantId, contactId, interests }),
  contactsInformed: (tenantId: string, requestId: string, sent: number, alreadySent: number, skipped: number) =>
    logLine.info('contacts informed', { tenantId, requestId, sent, alreadySent, skipped }),
};
