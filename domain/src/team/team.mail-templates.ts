import type { MailTemplates } from '../mail/mail-render';

/** The mails of the team, per locale; `{name}` placeholders are filled from the template data. */
export const teamMailTemplates: MailTemplates<'access-request' | 'access-decision' | 'email-verification'> = {
  'access-request': {
    fr: {
      subject: "{displayName} demande l'accès à {agency}",
      lines: ['Bonjour,', "{displayName} ({email}) a créé un compte et attend votre validation dans l'onglet Équipe."],
      action: "Ouvrir l'équipe",
    },
    ru: {
      subject: '{displayName} запрашивает доступ к {agency}',
      lines: [
        'Здравствуйте!',
        '{displayName} ({email}) создал(а) учётную запись и ждёт подтверждения в разделе «Команда».',
      ],
      action: 'Открыть команду',
    },
    en: {
      subject: '{displayName} asks to join {agency}',
      lines: ['Hello,', '{displayName} ({email}) created an account and awaits your approval under Team.'],
      action: 'Open the team',
    },
  },
  'access-decision': {
    fr: {
      subject: 'Votre accès à {agency}',
      lines: ['Bonjour {displayName},', '{decision}'],
      action: 'Se connecter',
    },
    ru: {
      subject: 'Ваш доступ к {agency}',
      lines: ['Здравствуйте, {displayName}!', '{decision}'],
      action: 'Войти',
    },
    en: {
      subject: 'Your access to {agency}',
      lines: ['Hello {displayName},', '{decision}'],
      action: 'Sign in',
    },
  },
  'email-verification': {
    fr: {
      subject: 'Confirmez votre adresse pour rejoindre {agency}',
      lines: [
        'Bonjour {displayName},',
        "Confirmez votre adresse e-mail : votre demande d'accès sera alors transmise à l'agence.",
        "Si ce n'est pas vous, ignorez ce message.",
      ],
      action: 'Confirmer mon adresse',
    },
    ru: {
      subject: 'Подтвердите адрес, чтобы присоединиться к {agency}',
      lines: [
        'Здравствуйте, {displayName}!',
        'Подтвердите адрес электронной почты: после этого ваш запрос на доступ будет передан агентству.',
        'Если это были не вы, просто проигнорируйте письмо.',
      ],
      action: 'Подтвердить адрес',
    },
    en: {
      subject: 'Confirm your address to join {agency}',
      lines: [
        'Hello {displayName},',
        'Confirm your email address: your access request then goes to the agency.',
        'If it was not you, ignore this message.',
      ],
      action: 'Confirm my address',
    },
  },
};
