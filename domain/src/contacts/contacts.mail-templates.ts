import type { MailTemplates } from '../mail/mail-render';

/** The mails of contacts, per locale; `{name}` placeholders are filled from the template data. */
export const contactsMailTemplates: MailTemplates<'client-invitation' | 'deletion-request' | 'note-reminder'> = {
  'client-invitation': {
    fr: {
      subject: 'Votre espace client {agency}',
      lines: [
        'Bonjour {firstName},',
        '{agentName} vous invite à rejoindre votre espace client {agency}.',
        'Choisissez votre mot de passe pour y accéder :',
      ],
      action: 'Activer mon espace',
    },
    ru: {
      subject: 'Ваш личный кабинет {agency}',
      lines: [
        'Здравствуйте, {firstName}!',
        '{agentName} приглашает вас в личный кабинет {agency}.',
        'Задайте пароль, чтобы войти:',
      ],
      action: 'Открыть кабинет',
    },
    en: {
      subject: 'Your client space at {agency}',
      lines: [
        'Hello {firstName},',
        '{agentName} invites you to your client space at {agency}.',
        'Choose your password to get in:',
      ],
      action: 'Open my space',
    },
  },
  'deletion-request': {
    fr: {
      subject: 'Demande de suppression du client {contactName}',
      lines: [
        'Bonjour,',
        '{requesterName} demande la suppression du client {contactName}.',
        'Motif : {reason}',
        'Vous pouvez effacer ce client ou refuser la demande depuis la page Demandes de suppression.',
      ],
      action: 'Voir les demandes',
    },
    ru: {
      subject: 'Запрос на удаление клиента {contactName}',
      lines: [
        'Здравствуйте!',
        '{requesterName} просит удалить клиента {contactName}.',
        'Причина: {reason}',
        'Удалить клиента или отклонить запрос можно на странице «Запросы на удаление».',
      ],
      action: 'Открыть запросы',
    },
    en: {
      subject: 'Request to delete the client {contactName}',
      lines: [
        'Hello,',
        '{requesterName} asks to delete the client {contactName}.',
        'Reason: {reason}',
        'You can erase this client or decline the request on the Deletion requests page.',
      ],
      action: 'See the requests',
    },
  },
  'note-reminder': {
    fr: {
      subject: 'Rappel : {contactName}',
      lines: [
        'Bonjour {displayName},',
        'Vous avez demandé un rappel pour votre note sur {contactName}.',
        'Votre note reste privée : ouvrez-la dans la fiche client pour la lire.',
      ],
      action: 'Ouvrir la note',
    },
    ru: {
      subject: 'Напоминание: {contactName}',
      lines: [
        'Здравствуйте, {displayName}!',
        'Вы просили напомнить о заметке по клиенту {contactName}.',
        'Заметка остаётся личной: откройте её в карточке клиента, чтобы прочитать.',
      ],
      action: 'Открыть заметку',
    },
    en: {
      subject: 'Reminder: {contactName}',
      lines: [
        'Hello {displayName},',
        'You asked to be reminded of your note about {contactName}.',
        'Your note stays private: open it in the client file to read it.',
      ],
      action: 'Open the note',
    },
  },
};
