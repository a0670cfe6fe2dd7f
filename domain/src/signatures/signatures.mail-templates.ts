import type { MailTemplates } from '../mail/mail-render';

type SignatureMailId =
  'signature-invitation' | 'signature-reminder' | 'signature-code' | 'signature-completed' | 'signature-update';

/**
 * The built-in signature's mails. Invitation, reminder and completion carry the signer's link, the
 * code mail the code: all four are kept out of the mail log (see carriesSignInLink).
 * `signature-update` tells the agent who requested the signature how it ended.
 */
export const signaturesMailTemplates: MailTemplates<SignatureMailId> = {
  'signature-invitation': {
    fr: {
      subject: 'Document à signer : {title}',
      lines: [
        'Bonjour {name},',
        '{agency} vous invite à signer électroniquement le document « {title} ».',
        'Le lien ci-dessous vous est personnel ; il est valable jusqu’au {expires}.',
      ],
      action: 'Lire et signer',
    },
    ru: {
      subject: 'Документ на подпись: {title}',
      lines: [
        'Здравствуйте, {name}!',
        '{agency} приглашает вас подписать электронно документ «{title}».',
        'Ссылка ниже персональная; она действует до {expires}.',
      ],
      action: 'Прочитать и подписать',
    },
    en: {
      subject: 'Document to sign: {title}',
      lines: [
        'Hello {name},',
        '{agency} invites you to sign the document "{title}" electronically.',
        'The link below is yours alone; it is valid until {expires}.',
      ],
      action: 'Read and sign',
    },
  },
  'signature-reminder': {
    fr: {
      subject: 'Rappel : document à signer : {title}',
      lines: [
        'Bonjour {name},',
        'Le document « {title} » de {agency} attend toujours votre signature.',
        'Le lien ci-dessous vous est personnel ; il est valable jusqu’au {expires}.',
      ],
      action: 'Lire et signer',
    },
    ru: {
      subject: 'Напоминание: документ на подпись: {title}',
      lines: [
        'Здравствуйте, {name}!',
        'Документ «{title}» от {agency} всё ещё ждёт вашей подписи.',
        'Ссылка ниже персональная; она действует до {expires}.',
      ],
      action: 'Прочитать и подписать',
    },
    en: {
      subject: 'Reminder: document to sign: {title}',
      lines: [
        'Hello {name},',
        'The document "{title}" from {agency} is still waiting for your signature.',
        'The link below is yours alone; it is valid until {expires}.',
      ],
      action: 'Read and sign',
    },
  },
  'signature-code': {
    fr: {
      subject: 'Votre code de signature : {code}',
      lines: [
        'Bonjour {name},',
        'Votre code pour signer « {title} » : {code}',
        'Il est valable 10 minutes. Ne le communiquez à personne.',
      ],
    },
    ru: {
      subject: 'Ваш код для подписи: {code}',
      lines: [
        'Здравствуйте, {name}!',
        'Ваш код для подписи документа «{title}»: {code}',
        'Он действует 10 минут. Никому его не сообщайте.',
      ],
    },
    en: {
      subject: 'Your signing code: {code}',
      lines: [
        'Hello {name},',
        'Your code to sign "{title}": {code}',
        'It is valid for 10 minutes. Do not share it with anyone.',
      ],
    },
  },
  'signature-completed': {
    fr: {
      subject: 'Document signé : {title}',
      lines: [
        'Bonjour {name},',
        'Tous les signataires ont signé « {title} ».',
        'Téléchargez votre exemplaire signé, avec sa page de preuve, par le lien ci-dessous.',
      ],
      action: 'Télécharger le document signé',
    },
    ru: {
      subject: 'Документ подписан: {title}',
      lines: [
        'Здравствуйте, {name}!',
        'Все подписанты подписали «{title}».',
        'Скачайте ваш подписанный экземпляр со страницей доказательств по ссылке ниже.',
      ],
      action: 'Скачать подписанный документ',
    },
    en: {
      subject: 'Document signed: {title}',
      lines: [
        'Hello {name},',
        'Every signer has signed "{title}".',
        'Download your signed copy, with its evidence page, from the link below.',
      ],
      action: 'Download the signed document',
    },
  },
  'signature-update': {
    fr: {
      subject: 'Signature : {title} — {outcome}',
      lines: ['Bonjour {displayName},', 'La demande de signature « {title} » : {outcome}.'],
      action: 'Voir la demande',
    },
    ru: {
      subject: 'Подпись: {title} — {outcome}',
      lines: ['Здравствуйте, {displayName}!', 'Запрос на подпись «{title}»: {outcome}.'],
      action: 'Открыть запрос',
    },
    en: {
      subject: 'Signature: {title} — {outcome}',
      lines: ['Hello {displayName},', 'The signature request "{title}": {outcome}.'],
      action: 'View the request',
    },
  },
};

/** The outcome words of `signature-update`, per locale. */
export const SIGNATURE_OUTCOME_WORDS = {
  signed: { fr: 'signée par tous', ru: 'подписан всеми', en: 'signed by everyone' },
  declined: { fr: 'refusée par {signer}', ru: 'отклонён ({signer})', en: 'declined by {signer}' },
  expired: { fr: 'expirée', ru: 'истёк срок', en: 'expired' },
} as const;
