import type { Locale } from '../shared/locale';
import type { ClientType, ContactKind } from './contact.schema';

/**
 * The history remarks the contacts functions write, in the agency's language: the history is read by
 * the whole team, so it speaks the tenant's language rather than the actor's.
 */
const KIND_NAMES: Record<Locale, Record<ContactKind, string>> = {
  fr: { client: 'client', 'client-prospect': 'prospect client', 'agent-prospect': 'prospect agent' },
  ru: { client: 'клиент', 'client-prospect': 'потенциальный клиент', 'agent-prospect': 'кандидат в агенты' },
  en: { client: 'client', 'client-prospect': 'client prospect', 'agent-prospect': 'agent prospect' },
};

const CLIENT_TYPE_NAMES: Record<Locale, Record<ClientType, string>> = {
  fr: { buyer: 'acheteur', seller: 'vendeur', landlord: 'bailleur', tenant: 'locataire' },
  ru: { buyer: 'покупатель', seller: 'продавец', landlord: 'арендодатель', tenant: 'арендатор' },
  en: { buyer: 'buyer', seller: 'seller', landlord: 'landlord', tenant: 'tenant' },
};

/** `Prospect client converti en client (vendeur) par Sophie Bernard.` */
export function conversionRemark(
  locale: Locale,
  values: { actor: string; from: ContactKind; clientType: ClientType },
): string {
  const from = KIND_NAMES[locale][values.from];
  const type = CLIENT_TYPE_NAMES[locale][values.clientType];
  const sentence =
    locale === 'ru'
      ? `${from} переведён в клиенты (${type}), ${values.actor}.`
      : locale === 'en'
        ? `${from} converted into a client (${type}) by ${values.actor}.`
        : `${from} converti en client (${type}) par ${values.actor}.`;
  return sentence.charAt(0).toLocaleUpperCase(locale) + sentence.slice(1);
}

/** `Fiche « Jean Dupont » fusionnée dans celle-ci par Sophie Bernard.` */
export function mergeRemark(locale: Locale, values: { actor: string; merged: string }): string {
  if (locale === 'ru') return `Карточка «${values.merged}» объединена с этой, ${values.actor}.`;
  if (locale === 'en') return `Record “${values.merged}” merged into this one by ${values.actor}.`;
  return `Fiche « ${values.merged} » fusionnée dans celle-ci par ${values.actor}.`;
}
