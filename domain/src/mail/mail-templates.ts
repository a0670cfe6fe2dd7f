import type { Locale } from '../shared/locale';
import type { MailTemplateId } from './mail.schema';

export interface MailBrand {
  name: string;
  primaryColor: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

interface TemplateText {
  subject: string;
  lines: string[];
  action?: string;
}

type Data = Record<string, string>;

/** Copy of every mail, per locale; `{name}` placeholders are filled from the template data. */
const TEMPLATES: Record<MailTemplateId, Record<Locale, TemplateText>> = {
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
      lines: ['Bonjour {displayName},', 'Vous avez demandé un rappel pour votre note sur {contactName} :', '{note}'],
      action: 'Ouvrir la fiche client',
    },
    ru: {
      subject: 'Напоминание: {contactName}',
      lines: ['Здравствуйте, {displayName}!', 'Вы просили напомнить о заметке по клиенту {contactName}:', '{note}'],
      action: 'Открыть карточку клиента',
    },
    en: {
      subject: 'Reminder: {contactName}',
      lines: ['Hello {displayName},', 'You asked to be reminded of your note about {contactName}:', '{note}'],
      action: 'Open the client file',
    },
  },
  'phase-changed': {
    fr: {
      subject: '{contactName} : {toPhase} ({propertyReference})',
      lines: [
        'Bonjour {displayName},',
        '{contactName} est passé(e) de « {fromPhase} » à « {toPhase} » pour le bien {propertyReference} ({propertyTitle}).',
      ],
      action: 'Ouvrir le bien',
    },
    ru: {
      subject: '{contactName}: {toPhase} ({propertyReference})',
      lines: [
        'Здравствуйте, {displayName}!',
        '{contactName} перешёл(ла) с этапа «{fromPhase}» на этап «{toPhase}» по объекту {propertyReference} ({propertyTitle}).',
      ],
      action: 'Открыть объект',
    },
    en: {
      subject: '{contactName}: {toPhase} ({propertyReference})',
      lines: [
        'Hello {displayName},',
        '{contactName} moved from “{fromPhase}” to “{toPhase}” on property {propertyReference} ({propertyTitle}).',
      ],
      action: 'Open the property',
    },
  },
};

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function fill(template: string, data: Data, escape: (value: string) => string): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : escape(value);
  });
}

/**
 * Renders a mail in the recipient's language. `data.link`, when given, becomes the action button.
 * Placeholders are escaped in the HTML part, so names typed by users cannot inject markup.
 */
export function renderMail(templateId: MailTemplateId, locale: Locale, data: Data, brand: MailBrand): RenderedMail {
  const copy = TEMPLATES[templateId][locale];
  const values: Data = { agency: brand.name, ...data };
  const subject = fill(copy.subject, values, (value) => value);
  const textLines = copy.lines.map((line) => fill(line, values, (value) => value));
  const link = data.link;
  const text = [...textLines, ...(link ? ['', link] : []), '', brand.name].join('\n');
  const paragraphs = copy.lines.map((line) => `<p>${fill(escapeHtml(line), values, escapeHtml)}</p>`).join('');
  const button =
    link && copy.action
      ? `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:12px 20px;border-radius:6px;background:${escapeHtml(brand.primaryColor)};color:#fff;text-decoration:none">${escapeHtml(copy.action)}</a></p><p style="font-size:12px;color:#666">${escapeHtml(link)}</p>`
      : '';
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#222"><div style="max-width:560px;margin:auto"><h2 style="color:${escapeHtml(brand.primaryColor)}">${escapeHtml(brand.name)}</h2>${paragraphs}${button}</div></body></html>`;
  return { subject, html, text };
}
