import type { MailTemplates } from '../mail/mail-render';
import type { Locale } from '../shared/locale';
import type { OfferAnswerKind } from './offer.schema';

/**
 * The offers' mails. `offer-answered` tells the buyer the seller's answer (essential: sent whatever
 * their optional-mail choice); `offer-signed` tells the buyer's agent the offer was signed and waits
 * for the seller's answer. `{answer}` and `{detail}` are written by the function in the reader's language.
 */
export const offersMailTemplates: MailTemplates<'offer-answered' | 'offer-signed'> = {
  'offer-answered': {
    fr: {
      subject: 'Votre offre pour {propertyReference} : {answer}',
      lines: [
        'Bonjour {clientFirstName},',
        'Le vendeur a répondu à votre offre de {amount} pour le bien {propertyReference} ({propertyTitle}) : {answer}.',
        '{detail}',
        '{agentName} reste à votre disposition.',
      ],
      action: 'Voir mes offres',
    },
    ru: {
      subject: 'Ваше предложение по {propertyReference}: {answer}',
      lines: [
        'Здравствуйте, {clientFirstName}!',
        'Продавец ответил на ваше предложение {amount} по объекту {propertyReference} ({propertyTitle}): {answer}.',
        '{detail}',
        '{agentName} всегда на связи.',
      ],
      action: 'Мои предложения',
    },
    en: {
      subject: 'Your offer for {propertyReference}: {answer}',
      lines: [
        'Hello {clientFirstName},',
        'The seller answered your offer of {amount} for property {propertyReference} ({propertyTitle}): {answer}.',
        '{detail}',
        '{agentName} remains at your disposal.',
      ],
      action: 'See my offers',
    },
  },
  'offer-signed': {
    fr: {
      subject: 'Offre signée : {clientName} ({propertyReference})',
      lines: [
        'Bonjour {agentName},',
        '{clientName} a signé son offre de {amount} pour le bien {propertyReference} ({propertyTitle}).',
        'Transmettez-la au vendeur et enregistrez sa réponse.',
      ],
      action: "Ouvrir l'offre",
    },
    ru: {
      subject: 'Предложение подписано: {clientName} ({propertyReference})',
      lines: [
        'Здравствуйте, {agentName}!',
        '{clientName} подписал(а) предложение {amount} по объекту {propertyReference} ({propertyTitle}).',
        'Передайте его продавцу и запишите ответ.',
      ],
      action: 'Открыть предложение',
    },
    en: {
      subject: 'Offer signed: {clientName} ({propertyReference})',
      lines: [
        'Hello {agentName},',
        '{clientName} signed their offer of {amount} for property {propertyReference} ({propertyTitle}).',
        "Pass it on to the seller and record the seller's answer.",
      ],
      action: 'Open the offer',
    },
  },
};

const ANSWER_WORDS: Record<Locale, Record<OfferAnswerKind, string>> = {
  fr: { accept: 'offre acceptée', refuse: 'offre refusée', counter: 'contre-proposition' },
  ru: { accept: 'предложение принято', refuse: 'предложение отклонено', counter: 'встречное предложение' },
  en: { accept: 'offer accepted', refuse: 'offer refused', counter: 'counter-offer' },
};

/** The answer as the buyer's mail names it. */
export function offerAnswerWords(locale: Locale, kind: OfferAnswerKind): string {
  return ANSWER_WORDS[locale][kind];
}

const DETAIL: Record<
  Locale,
  {
    accept: (preliminary: string, deed: string) => string;
    refuse: (reason: string) => string;
    counter: (amount: string) => string;
  }
> = {
  fr: {
    accept: (preliminary, deed) => `Compromis de vente prévu le ${preliminary}, acte authentique le ${deed}.`,
    refuse: (reason) => (reason ? `Motif : ${reason}` : ''),
    counter: (amount) =>
      `Le vendeur propose ${amount} ; vous recevrez la contre-proposition à signer si vous l'acceptez.`,
  },
  ru: {
    accept: (preliminary, deed) =>
      `Предварительный договор запланирован на ${preliminary}, нотариальный акт на ${deed}.`,
    refuse: (reason) => (reason ? `Причина: ${reason}` : ''),
    counter: (amount) => `Продавец предлагает ${amount}; вы получите встречное предложение на подпись, если согласны.`,
  },
  en: {
    accept: (preliminary, deed) => `Preliminary contract planned on ${preliminary}, deed on ${deed}.`,
    refuse: (reason) => (reason ? `Reason: ${reason}` : ''),
    counter: (amount) => `The seller proposes ${amount}; you will receive the counter-offer to sign if you agree.`,
  },
};

/** The mail's second paragraph: the dates to come, the refusal's reason, or the counter's amount. */
export function offerAnswerDetail(
  locale: Locale,
  answer:
    | { kind: 'accept'; preliminary: string; deed: string }
    | { kind: 'refuse'; reason: string }
    | { kind: 'counter'; amount: string },
): string {
  const copy = DETAIL[locale];
  if (answer.kind === 'accept') return copy.accept(answer.preliminary, answer.deed);
  if (answer.kind === 'refuse') return copy.refuse(answer.reason);
  return copy.counter(answer.amount);
}

const ACCEPTED_TEXT: Record<Locale, (actor: string, amount: string, preliminary: string, deed: string) => string> = {
  fr: (actor, amount, preliminary, deed) =>
    `${actor} a enregistré l'acceptation par le vendeur de l'offre de ${amount} (compromis le ${preliminary}, acte le ${deed}).`,
  ru: (actor, amount, preliminary, deed) =>
    `${actor} записал(а) принятие продавцом предложения ${amount} (предварительный договор ${preliminary}, акт ${deed}).`,
  en: (actor, amount, preliminary, deed) =>
    `${actor} recorded the seller's acceptance of the offer of ${amount} (preliminary contract on ${preliminary}, deed on ${deed}).`,
};

/** The history entry of an accepted offer, in the agency's language. */
export function offerAcceptedText(
  locale: Locale,
  args: { actor: string; amount: string; preliminary: string; deed: string },
): string {
  return ACCEPTED_TEXT[locale](args.actor, args.amount, args.preliminary, args.deed);
}
