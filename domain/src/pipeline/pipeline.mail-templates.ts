import type { MailTemplates } from '../mail/mail-render';

/** The mails of the pipeline, per locale; `{name}` placeholders are filled from the template data. */
export const pipelineMailTemplates: MailTemplates<'phase-changed'> = {
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
