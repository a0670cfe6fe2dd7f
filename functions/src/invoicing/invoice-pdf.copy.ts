import type { InvoiceKind, Locale } from '@estate/domain';

/** The invoice PDF's words, in the tenant's language. Legal mentions stay French where French law asks them. */
export interface InvoicePdfCopy {
  title: Record<InvoiceKind, string>;
  number: string;
  issuedAt: string;
  dueAt: string;
  corrects: (number: string, date: string) => string;
  issuer: string;
  customer: string;
  siren: string;
  vatNumber: string;
  description: string;
  quantity: string;
  unitPrice: string;
  vatRate: string;
  lineTotal: string;
  exempt: string;
  net: string;
  vat: (rate: string) => string;
  gross: string;
  terms: string;
  iban: string;
  nature: string;
  selfBilled: string;
  latePenalty: (rate: string) => string;
  recoveryIndemnity: (amount: string) => string;
  noDiscount: string;
}

const fr: InvoicePdfCopy = {
  title: {
    fees: 'Facture',
    commission: 'Facture de commission',
    partner: 'Facture de rétrocession partenaire',
    referral: 'Facture de recommandation',
    'credit-note': 'Avoir',
  },
  number: 'N°',
  issuedAt: 'Date',
  dueAt: 'Échéance',
  corrects: (number, date) => `Avoir sur la facture ${number} du ${date}`,
  issuer: 'Émetteur',
  customer: 'Client',
  siren: 'SIREN',
  vatNumber: 'N° TVA',
  description: 'Désignation',
  quantity: 'Qté',
  unitPrice: 'Prix unitaire HT',
  vatRate: 'TVA',
  lineTotal: 'Total HT',
  exempt: 'Exonéré',
  net: 'Total HT',
  vat: (rate) => `TVA ${rate}`,
  gross: 'Total TTC',
  terms: 'Conditions de paiement',
  iban: 'IBAN',
  nature: 'Nature de l’opération : prestation de services',
  selfBilled: 'Autofacturation : facture émise par le client au nom et pour le compte du fournisseur',
  latePenalty: (rate) => `Pénalités de retard : ${rate} l’an, exigibles dès le lendemain de l’échéance`,
  recoveryIndemnity: (amount) => `Indemnité forfaitaire pour frais de recouvrement due aux professionnels : ${amount}`,
  noDiscount: 'Pas d’escompte pour paiement anticipé',
};

const ru: InvoicePdfCopy = {
  title: {
    fees: 'Счёт',
    commission: 'Счёт на комиссию',
    partner: 'Счёт партнёра',
    referral: 'Счёт за рекомендацию',
    'credit-note': 'Кредит-нота',
  },
  number: '№',
  issuedAt: 'Дата',
  dueAt: 'Срок оплаты',
  corrects: (number, date) => `Корректировка счёта ${number} от ${date}`,
  issuer: 'Продавец',
  customer: 'Покупатель',
  siren: 'SIREN',
  vatNumber: 'ИНН НДС',
  description: 'Наименование',
  quantity: 'Кол-во',
  unitPrice: 'Цена без НДС',
  vatRate: 'НДС',
  lineTotal: 'Сумма без НДС',
  exempt: 'Без НДС',
  net: 'Итого без НДС',
  vat: (rate) => `НДС ${rate}`,
  gross: 'Итого с НДС',
  terms: 'Условия оплаты',
  iban: 'IBAN',
  nature: 'Характер операции: оказание услуг',
  selfBilled: 'Самовыставление: счёт выставлен покупателем от имени и по поручению продавца',
  latePenalty: (rate) => `Пени за просрочку: ${rate} годовых со дня, следующего за сроком оплаты`,
  recoveryIndemnity: (amount) => `Фиксированная компенсация расходов на взыскание для организаций: ${amount}`,
  noDiscount: 'Скидка за досрочную оплату не предоставляется',
};

const en: InvoicePdfCopy = {
  title: {
    fees: 'Invoice',
    commission: 'Commission invoice',
    partner: 'Partner invoice',
    referral: 'Referral invoice',
    'credit-note': 'Credit note',
  },
  number: 'No.',
  issuedAt: 'Date',
  dueAt: 'Due',
  corrects: (number, date) => `Credit note for invoice ${number} of ${date}`,
  issuer: 'Issuer',
  customer: 'Customer',
  siren: 'SIREN',
  vatNumber: 'VAT no.',
  description: 'Description',
  quantity: 'Qty',
  unitPrice: 'Unit price excl. VAT',
  vatRate: 'VAT',
  lineTotal: 'Total excl. VAT',
  exempt: 'Exempt',
  net: 'Total excl. VAT',
  vat: (rate) => `VAT ${rate}`,
  gross: 'Total incl. VAT',
  terms: 'Payment terms',
  iban: 'IBAN',
  nature: 'Nature of the transaction: provision of services',
  selfBilled: 'Self-billing: invoice issued by the customer in the name and on behalf of the supplier',
  latePenalty: (rate) => `Late-payment penalties: ${rate} a year from the day after the due date`,
  recoveryIndemnity: (amount) => `Fixed indemnity for recovery costs owed by businesses: ${amount}`,
  noDiscount: 'No discount for early payment',
};

export const INVOICE_PDF_COPY: Record<Locale, InvoicePdfCopy> = { fr, ru, en };
