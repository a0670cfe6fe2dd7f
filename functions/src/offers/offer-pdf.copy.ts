import type { Currency, Locale, Offer } from '@estate/domain';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', ru: 'ru-RU', en: 'en-GB' };

/** The offer PDF's words, per tenant language. */
export const OFFER_COPY: Record<
  Locale,
  {
    title: string;
    counterTitle: (round: number) => string;
    parties: string;
    buyers: string;
    property: string;
    agency: string;
    price: string;
    amount: string;
    intro: string;
    counterIntro: string;
    conditions: string;
    loan: (amount: string, rate: string, months: number) => string;
    noLoan: string;
    financing: string;
    ownFunds: string;
    loanAmount: string;
    validity: (day: string) => string;
    legal: string;
    signatures: string;
    readAndApproved: string;
  }
> = {
  fr: {
    title: "Offre d'achat",
    counterTitle: (round) => `Contre-proposition n° ${round - 1}`,
    parties: 'Parties',
    buyers: 'Acquéreur(s)',
    property: 'Bien',
    agency: 'Agence',
    price: 'Prix',
    amount: 'Prix proposé',
    intro:
      "Le ou les soussignés déclarent faire une offre ferme d'achat du bien désigné ci-dessous, aux prix et conditions suivants.",
    counterIntro:
      'En réponse à une offre précédente, le vendeur propose les prix et conditions ci-dessous, que le ou les acquéreurs acceptent en signant.',
    conditions: 'Conditions suspensives',
    loan: (amount, rate, months) =>
      `Obtention d'un prêt de ${amount} au taux maximal de ${rate} % l'an, sur ${months} mois (art. L. 313-41 du Code de la consommation).`,
    noLoan: "L'acquéreur déclare ne pas recourir à un prêt.",
    financing: 'Financement',
    ownFunds: 'Apport personnel',
    loanAmount: 'Prêt',
    validity: (day) => `Cette offre est valable jusqu'au ${day} inclus. Passé ce délai, elle sera caduque.`,
    legal:
      "Conformément à l'article 1113 du Code civil, l'acceptation de la présente offre par le vendeur forme l'accord des parties sur la chose et le prix ; elle sera réitérée par un avant-contrat puis un acte authentique. Aucune somme ne peut être versée par l'acquéreur avant la signature de l'avant-contrat (art. L. 271-2 du Code de la construction et de l'habitation).",
    signatures: 'Signature(s)',
    readAndApproved: 'Lu et approuvé, signé électroniquement',
  },
  ru: {
    title: 'Предложение о покупке',
    counterTitle: (round) => `Встречное предложение № ${round - 1}`,
    parties: 'Стороны',
    buyers: 'Покупатель(и)',
    property: 'Объект',
    agency: 'Агентство',
    price: 'Цена',
    amount: 'Предлагаемая цена',
    intro:
      'Нижеподписавшийся(еся) делает(ют) твёрдое предложение о покупке указанного ниже объекта по следующей цене и на следующих условиях.',
    counterIntro:
      'В ответ на предыдущее предложение продавец предлагает указанные ниже цену и условия, которые покупатель(и) принимает(ют), подписывая документ.',
    conditions: 'Отлагательные условия',
    loan: (amount, rate, months) =>
      `Получение кредита ${amount} по ставке не выше ${rate} % годовых на ${months} мес. (ст. L. 313-41 Потребительского кодекса Франции).`,
    noLoan: 'Покупатель заявляет, что не прибегает к кредиту.',
    financing: 'Финансирование',
    ownFunds: 'Собственные средства',
    loanAmount: 'Кредит',
    validity: (day) =>
      `Предложение действительно до ${day} включительно. По истечении этого срока оно утрачивает силу.`,
    legal:
      'Принятие настоящего предложения продавцом означает согласие сторон о предмете и цене (ст. 1113 Гражданского кодекса Франции); оно будет подтверждено предварительным договором и нотариальным актом. Покупатель не вносит никаких сумм до подписания предварительного договора (ст. L. 271-2 Кодекса строительства и жилья).',
    signatures: 'Подпись(и)',
    readAndApproved: 'Прочитано и одобрено, подписано электронно',
  },
  en: {
    title: 'Purchase offer',
    counterTitle: (round) => `Counter-offer no. ${round - 1}`,
    parties: 'Parties',
    buyers: 'Buyer(s)',
    property: 'Property',
    agency: 'Agency',
    price: 'Price',
    amount: 'Price offered',
    intro:
      'The undersigned make a firm offer to buy the property described below, at the following price and conditions.',
    counterIntro:
      'In answer to a previous offer, the seller proposes the price and conditions below, which the buyer(s) accept by signing.',
    conditions: 'Conditions precedent',
    loan: (amount, rate, months) =>
      `Obtaining a loan of ${amount} at a yearly rate of at most ${rate} %, over ${months} months (French Consumer Code, art. L. 313-41).`,
    noLoan: 'The buyer declares they will not take a loan.',
    financing: 'Financing',
    ownFunds: 'Own funds',
    loanAmount: 'Loan',
    validity: (day) => `This offer holds until ${day} inclusive. After that day it lapses.`,
    legal:
      "Under article 1113 of the French Civil Code, the seller's acceptance of this offer forms the parties' agreement on the property and the price; it will be confirmed by a preliminary contract and then a notarial deed. The buyer pays no sum before the preliminary contract is signed (French Construction and Housing Code, art. L. 271-2).",
    signatures: 'Signature(s)',
    readAndApproved: 'Read and approved, signed electronically',
  },
};

/** An amount as the offer prints it (and the mails say it). */
export function offerMoney(amount: number, currency: Currency, locale: Locale): string {
  // Narrow no-break spaces of fr-FR grouping print as boxes in some viewers: plain spaces instead.
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency, maximumFractionDigits: 0 })
    .format(amount)
    .replace(/[\u202f\u00a0]/g, ' ');
}

/** The offer's title: what the PDF, the signature request and the signers read. */
export function offerPdfTitle(locale: Locale, offer: Pick<Offer, 'round' | 'propertyReference'>): string {
  const copy = OFFER_COPY[locale];
  return `${offer.round > 1 ? copy.counterTitle(offer.round) : copy.title} — ${offer.propertyReference}`;
}
