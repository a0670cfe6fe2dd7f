import type { MailTemplates } from '../mail/mail-render';

/** `document-shared`: an agent shared a document with the client, who opens it in their space. */
export const filesMailTemplates: MailTemplates<'document-shared'> = {
  'document-shared': {
    fr: {
      subject: 'Un document vous attend : {documentName}',
      lines: [
        'Bonjour {clientFirstName},',
        '{agentName} a partagé le document « {documentName} » avec vous.',
        'Vous le retrouvez dans votre espace client, rubrique Documents.',
      ],
      action: 'Ouvrir mes documents',
    },
    ru: {
      subject: 'Для вас документ: {documentName}',
      lines: [
        'Здравствуйте, {clientFirstName}!',
        '{agentName} поделился с вами документом «{documentName}».',
        'Он доступен в вашем личном кабинете, в разделе «Документы».',
      ],
      action: 'Открыть мои документы',
    },
    en: {
      subject: 'A document for you: {documentName}',
      lines: [
        'Hello {clientFirstName},',
        '{agentName} shared the document "{documentName}" with you.',
        'You will find it in your client space, under Documents.',
      ],
      action: 'Open my documents',
    },
  },
};
