import type { MailTemplates } from '../mail/mail-render';

/**
 * The chat's mails, grouped (one per thread, side and quarter hour): `chat-question` tells the agent a
 * client wrote, `chat-reply` tells the client the agency answered. `{subject}` is the listing's title or
 * the general thread's name, `{preview}` the first message of the window.
 */
export const chatMailTemplates: MailTemplates<'chat-question' | 'chat-reply'> = {
  'chat-question': {
    fr: {
      subject: 'Message de {clientName} : {subject}',
      lines: ['Bonjour {agentName},', '{clientName} vous a écrit au sujet de « {subject} » :', '« {preview} »'],
      action: 'Ouvrir la conversation',
    },
    ru: {
      subject: 'Сообщение от {clientName}: {subject}',
      lines: ['Здравствуйте, {agentName}!', '{clientName} написал(а) вам по теме «{subject}»:', '«{preview}»'],
      action: 'Открыть переписку',
    },
    en: {
      subject: 'Message from {clientName}: {subject}',
      lines: ['Hello {agentName},', '{clientName} wrote to you about “{subject}”:', '“{preview}”'],
      action: 'Open the conversation',
    },
  },
  'chat-reply': {
    fr: {
      subject: '{agency} vous a répondu : {subject}',
      lines: ['Bonjour {clientFirstName},', '{agentName} vous a répondu au sujet de « {subject} » :', '« {preview} »'],
      action: 'Lire la réponse',
    },
    ru: {
      subject: '{agency} ответил(а) вам: {subject}',
      lines: ['Здравствуйте, {clientFirstName}!', '{agentName} ответил(а) вам по теме «{subject}»:', '«{preview}»'],
      action: 'Прочитать ответ',
    },
    en: {
      subject: '{agency} replied: {subject}',
      lines: ['Hello {clientFirstName},', '{agentName} replied about “{subject}”:', '“{preview}”'],
      action: 'Read the reply',
    },
  },
};
