import type { Locale } from '../shared/locale';
import type { AppointmentKind } from './appointment.schema';

/** The kinds in each language: mails, history remarks and .ics files written by functions use them. */
export const APPOINTMENT_KIND_LABELS: Record<Locale, Record<AppointmentKind, string>> = {
  fr: {
    visit: 'Visite',
    'preliminary-contract': 'Signature du compromis',
    'visit-before-signing': 'Visite avant signature',
    'notarial-deed': "Signature de l'acte authentique",
    other: 'Rendez-vous',
  },
  ru: {
    visit: 'Просмотр',
    'preliminary-contract': 'Подписание предварительного договора',
    'visit-before-signing': 'Осмотр перед подписанием',
    'notarial-deed': 'Подписание нотариального акта',
    other: 'Встреча',
  },
  en: {
    visit: 'Visit',
    'preliminary-contract': 'Preliminary contract signing',
    'visit-before-signing': 'Visit before signing',
    'notarial-deed': 'Notarial deed signing',
    other: 'Appointment',
  },
};

/**
 * The agencies are in France: mails written by functions (which do not know the reader's zone) give
 * times in Paris time and say so. The apps show times in the device's own zone.
 */
export const AGENCY_TIME_ZONE = 'Europe/Paris';

const INTL: Record<Locale, string> = { fr: 'fr-FR', ru: 'ru-RU', en: 'en-GB' };

/** `mardi 4 mars 2031, 10:00–10:45 (heure de Paris)` in the reader's language. */
export function formatAppointmentTime(startsAt: Date, endsAt: Date, locale: Locale): string {
  const day = new Intl.DateTimeFormat(INTL[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: AGENCY_TIME_ZONE,
  }).format(startsAt);
  const time = new Intl.DateTimeFormat(INTL[locale], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: AGENCY_TIME_ZONE,
  });
  const zone = { fr: 'heure de Paris', ru: 'по парижскому времени', en: 'Paris time' }[locale];
  return `${day}, ${time.format(startsAt)}–${time.format(endsAt)} (${zone})`;
}

/** The cancellation reason a client reads when an edit takes them off an appointment. */
export const CLIENT_REMOVED_REASON: Record<Locale, string> = {
  fr: 'Votre présence n’est plus prévue à ce rendez-vous.',
  ru: 'Ваше участие в этой встрече больше не предусмотрено.',
  en: 'You are no longer expected at this appointment.',
};

/** Where the appointment takes place, for mails: its place, else the partner's address, else the property. */
export function appointmentWhere(
  appointment: { place: string; externalProperty: { address: string } | null; propertyLabel: string },
  fallback = '—',
): string {
  return appointment.place || appointment.externalProperty?.address || appointment.propertyLabel || fallback;
}

/** The history text of a visit done (in the agency's language), a partner's property described. */
export function visitDoneText(
  locale: Locale,
  appointment: {
    title: string;
    externalProperty: { address: string; agencyName: string; price: number | null } | null;
  },
): string {
  const external = appointment.externalProperty;
  const partner = external
    ? {
        fr: ` Bien du partenaire ${external.agencyName}, ${external.address}${external.price === null ? '' : `, ${external.price} €`}.`,
        ru: ` Объект партнёра ${external.agencyName}, ${external.address}${external.price === null ? '' : `, ${external.price} €`}.`,
        en: ` Partner ${external.agencyName}'s property, ${external.address}${external.price === null ? '' : `, €${external.price}`}.`,
      }[locale]
    : '';
  const done = {
    fr: `Visite effectuée : « ${appointment.title} ».`,
    ru: `Просмотр состоялся: «${appointment.title}».`,
    en: `Visit done: “${appointment.title}”.`,
  }[locale];
  return `${done}${partner}`;
}

/** The history remark of a client's change request (in the agency's language). */
export function changeRequestText(locale: Locale, title: string, when: string, text: string): string {
  const intro = {
    fr: `Demande de modification du rendez-vous « ${title} » (${when}) : `,
    ru: `Запрос на изменение встречи «${title}» (${when}): `,
    en: `Change requested for the appointment “${title}” (${when}): `,
  }[locale];
  return `${intro}${text}`;
}
