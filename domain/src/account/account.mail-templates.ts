import type { MailTemplates } from '../mail/mail-render';

/** The mails of accounts, per locale; `{name}` placeholders are filled from the template data. */
export const accountMailTemplates: MailTemplates<'password-reset'> = {
  'password-reset': {
    fr: {
      subject: 'Réinitialisation de votre mot de passe {agency}',
      lines: [
        'Bonjour,',
        'Vous avez demandé à réinitialiser votre mot de passe.',
        "Si ce n'est pas vous, ignorez ce message.",
      ],
      action: 'Choisir un nouveau mot de passe',
    },
    ru: {
      subject: 'Сброс пароля {agency}',
      lines: ['Здравствуйте!', 'Вы запросили сброс пароля.', 'Если это были не вы, просто проигнорируйте письмо.'],
      action: 'Задать новый пароль',
    },
    en: {
      subject: 'Reset your {agency} password',
      lines: ['Hello,', 'You asked to reset your password.', 'If it was not you, ignore this message.'],
      action: 'Choose a new password',
    },
  },
};
