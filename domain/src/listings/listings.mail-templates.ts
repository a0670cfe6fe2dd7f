import type { MailTemplates } from '../mail/mail-render';

type ListingMail = 'listing-published' | 'listing-visit-request' | 'listing-rejected' | 'listing-visit-report';

/**
 * The mails of listings, per locale. `agency`, `clientName`, `clientFirstName` and `agentName` come from
 * readClientMailing; `propertyTitle`, `propertyReference`, `city` and the action's own text from the
 * listings functions.
 */
export const listingsMailTemplates: MailTemplates<ListingMail> = {
  'listing-published': {
    fr: {
      subject: 'Un nouveau bien pour vous : {propertyTitle}',
      lines: ['Bonjour {clientFirstName},', '{agentName} vous propose un bien à {city} : {propertyTitle}.'],
      action: 'Voir le bien',
    },
    ru: {
      subject: 'Новый объект для вас: {propertyTitle}',
      lines: [
        'Здравствуйте, {clientFirstName}!',
        '{agentName} предлагает вам объект в городе {city}: {propertyTitle}.',
      ],
      action: 'Посмотреть объект',
    },
    en: {
      subject: 'A new property for you: {propertyTitle}',
      lines: ['Hello {clientFirstName},', '{agentName} suggests a property in {city}: {propertyTitle}.'],
      action: 'See the property',
    },
  },
  'listing-visit-request': {
    fr: {
      subject: '{clientName} souhaite visiter {propertyReference}',
      lines: [
        'Bonjour {agentName},',
        '{clientName} souhaite visiter le bien {propertyReference} ({propertyTitle}).',
        'Disponibilités : {availability}',
      ],
      action: 'Ouvrir la fiche client',
    },
    ru: {
      subject: '{clientName} хочет посмотреть {propertyReference}',
      lines: [
        'Здравствуйте, {agentName}!',
        '{clientName} хочет посмотреть объект {propertyReference} ({propertyTitle}).',
        'Когда удобно: {availability}',
      ],
      action: 'Открыть карточку клиента',
    },
    en: {
      subject: '{clientName} would like to visit {propertyReference}',
      lines: [
        'Hello {agentName},',
        '{clientName} would like to visit property {propertyReference} ({propertyTitle}).',
        'Availability: {availability}',
      ],
      action: 'Open the client file',
    },
  },
  'listing-rejected': {
    fr: {
      subject: '{clientName} a rejeté {propertyReference}',
      lines: [
        'Bonjour {agentName},',
        '{clientName} a rejeté le bien {propertyReference} ({propertyTitle}).',
        'Raison : {reason}',
      ],
      action: 'Ouvrir la fiche client',
    },
    ru: {
      subject: '{clientName} отклонил(а) {propertyReference}',
      lines: [
        'Здравствуйте, {agentName}!',
        '{clientName} отклонил(а) объект {propertyReference} ({propertyTitle}).',
        'Причина: {reason}',
      ],
      action: 'Открыть карточку клиента',
    },
    en: {
      subject: '{clientName} rejected {propertyReference}',
      lines: [
        'Hello {agentName},',
        '{clientName} rejected property {propertyReference} ({propertyTitle}).',
        'Reason: {reason}',
      ],
      action: 'Open the client file',
    },
  },
  'listing-visit-report': {
    fr: {
      subject: 'Compte rendu de visite de {clientName} : {propertyReference}',
      lines: [
        'Bonjour {agentName},',
        '{clientName} a écrit son compte rendu de visite du bien {propertyReference} ({propertyTitle}) : {stars}/5.',
        'Conclusion : {outcome}',
        'Commentaire : {comment}',
      ],
      action: 'Ouvrir la fiche client',
    },
    ru: {
      subject: 'Отчёт о просмотре от {clientName}: {propertyReference}',
      lines: [
        'Здравствуйте, {agentName}!',
        '{clientName} написал(а) отчёт о просмотре объекта {propertyReference} ({propertyTitle}): {stars}/5.',
        'Итог: {outcome}',
        'Комментарий: {comment}',
      ],
      action: 'Открыть карточку клиента',
    },
    en: {
      subject: 'Visit report from {clientName}: {propertyReference}',
      lines: [
        'Hello {agentName},',
        '{clientName} wrote their visit report on property {propertyReference} ({propertyTitle}): {stars}/5.',
        'Outcome: {outcome}',
        'Comment: {comment}',
      ],
      action: 'Open the client file',
    },
  },
};

/** The outcome as the agent's mail says it, in their language. */
export const VISIT_OUTCOME_WORDS = {
  fr: { 'offer-to-make': 'offre à faire', reject: 'rejeté' },
  ru: { 'offer-to-make': 'готов(а) сделать предложение', reject: 'отклонено' },
  en: { 'offer-to-make': 'offer to make', reject: 'rejected' },
} as const;
