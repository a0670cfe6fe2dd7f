import { logLine } from '../lib/log';

/** The log lines of the chat (never a message's text: it may say anything about the client). */
export const chatLog = {
  messageCounted: (tenantId: string, threadId: string, messageId: string, outcome: string, mailed: boolean) =>
    logLine.info('chat message counted', { tenantId, threadId, messageId, outcome, mailed }),
  messageUnreadable: (tenantId: string, threadId: string, messageId: string, issues: string) =>
    logLine.warn('chat message unreadable: left uncounted', { tenantId, threadId, messageId, issues }),
  replied: (tenantId: string, threadId: string, messageId: string, uid: string) =>
    logLine.info('chat reply written', { tenantId, threadId, messageId, uid }),
};
