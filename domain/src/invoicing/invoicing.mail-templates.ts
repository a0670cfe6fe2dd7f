import type { MailTemplates } from '../mail/mail-render';
import type { Locale } from '../shared/locale';

/**
 * `invoice-sent` carries a numbered invoice or credit note as its PDF attachment. `{documentTitle}`
 * ("Facture", "Avoir"…), `{issuedOn}` and `{total}` are written by the function in the reader's
 * language (`invoiceMailWords`); `{note}` is the sender's own words, or nothing.
 */
export const invoicingMailTemplates: MailTemplates<'invoice-sent'> = {
  'invoice-sent': {
    fr: {
      subject: '{documentTitle} {number} – {agency}',
      lines: [
        'Bonjour,',
        'Vous trouverez ci-joint : {documentTitle} n° {number} du {issuedOn}, d’un montant de {total} TTC.',
        '{note}',
        'Nous restons à votre disposition pour toute question.',
      ],
    },
    ru: {
      subject: '{documentTitle} {number} – {agency}',
      lines: [
        'Здравствуйте!',
        'Во вложении документ «{documentTitle}» № {number} от {issuedOn} на сумму {total} с НДС.',
        '{note}',
        'Если у вас есть вопросы, мы всегда готовы ответить.',
      ],
    },
    en: {
      subject: '{documentTitle} {number} – {agency}',
      lines: [
        'Hello,',
        'Please find attached our {documentTitle} no. {number} of {issuedOn}, for {total} including VAT.',
        '{note}',
        'We remain at your disposal for any question.',
      ],
    },
  },
};

const DOCUMENT_TITLES: Record<Locale, { invoice: string; creditNote: string }> = {
  fr: { invoice: 'Facture', creditNote: 'Avoir' },
  ru: { invoice: 'Счёт', creditNote: 'Кредит-нота' },
  en: { invoice: 'Invoice', creditNote: 'Credit note' },
};

/** What `invoice-sent` says of the document, in the reader's language. */
export function invoiceMailWords(
  locale: Locale,
  invoice: { kind: string; issuedAt: Date; totals: { grossCents: number }; currency: string },
): { documentTitle: string; issuedOn: string; total: string } {
  const intl = { fr: 'fr-FR', ru: 'ru-RU', en: 'en-GB' }[locale];
  return {
    documentTitle: DOCUMENT_TITLES[locale][invoice.kind === 'credit-note' ? 'creditNote' : 'invoice'],
    issuedOn: new Intl.DateTimeFormat(intl, { timeZone: 'Europe/Paris', dateStyle: 'long' }).format(invoice.issuedAt),
    total: new Intl.NumberFormat(intl, { style: 'currency', currency: invoice.currency })
      .format(invoice.totals.grossCents / 100)
      .replace(/\u202f|\u00a0/g, ' '),
  };
}
