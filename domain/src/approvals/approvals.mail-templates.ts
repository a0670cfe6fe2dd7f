import type { MailTemplates } from '../mail/mail-render';

/**
 * `approval-requested` asks the head of sales (each owner and admin) to decide, its button opening the
 * approvals page; `approval-decided` tells the requester, `{note}` carrying the decider's words.
 * `{action}` and `{decision}` are written by the function in the reader's language (approval-words.ts).
 */
export const approvalsMailTemplates: MailTemplates<'approval-requested' | 'approval-decided'> = {
  'approval-requested': {
    fr: {
      subject: 'Accord demandé : {action}',
      lines: [
        'Bonjour {approverName},',
        '{requesterName} demande votre accord pour le lot {unitNumber} ({projectName}) : {action}.',
        'Motif : {reason}',
      ],
      action: 'Décider',
    },
    ru: {
      subject: 'Запрос на согласование: {action}',
      lines: [
        'Здравствуйте, {approverName}!',
        '{requesterName} просит согласовать по помещению {unitNumber} ({projectName}): {action}.',
        'Обоснование: {reason}',
      ],
      action: 'Рассмотреть',
    },
    en: {
      subject: 'Approval requested: {action}',
      lines: [
        'Hello {approverName},',
        '{requesterName} asks for your approval on unit {unitNumber} ({projectName}): {action}.',
        'Reason: {reason}',
      ],
      action: 'Decide',
    },
  },
  'approval-decided': {
    fr: {
      subject: 'Votre demande pour le lot {unitNumber} : {decision}',
      lines: [
        'Bonjour {requesterName},',
        '{approverName} a statué sur votre demande pour le lot {unitNumber} ({projectName}) : {action}. Décision : {decision}.',
        '{note}',
      ],
    },
    ru: {
      subject: 'Ваш запрос по помещению {unitNumber}: {decision}',
      lines: [
        'Здравствуйте, {requesterName}!',
        '{approverName} рассмотрел(а) ваш запрос по помещению {unitNumber} ({projectName}): {action}. Решение: {decision}.',
        '{note}',
      ],
    },
    en: {
      subject: 'Your request for unit {unitNumber}: {decision}',
      lines: [
        'Hello {requesterName},',
        '{approverName} decided on your request for unit {unitNumber} ({projectName}): {action}. Decision: {decision}.',
        '{note}',
      ],
    },
  },
};
