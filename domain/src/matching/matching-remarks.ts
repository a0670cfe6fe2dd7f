import type { Locale } from '../shared/locale';

const REMARKS: Record<Locale, (actor: string, contact: string, reference: string) => string> = {
  fr: (actor, contact, reference) => `${actor} a contacté ${contact} via le matching pour ${reference}.`,
  ru: (actor, contact, reference) => `${actor} связался(ась) с ${contact} по подбору для ${reference}.`,
  en: (actor, contact, reference) => `${actor} contacted ${contact} through matching for ${reference}.`,
};

/** The history remark "Contacter" writes, in the agency's language. */
export function matchingContactRemark(
  locale: Locale,
  names: { actor: string; contact: string; reference: string },
): string {
  return REMARKS[locale](names.actor, names.contact, names.reference);
}
