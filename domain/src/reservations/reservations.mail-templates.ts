import type { MailTemplates } from '../mail/mail-render';
import type { Locale } from '../shared/locale';

/**
 * The reservations' mails. `reservation-ended` tells the client their reservation expired or was
 * cancelled; `reservation-granted` tells a queued client the unit is now theirs until `{until}`;
 * `reservation-update` tells the client's manager either event. `{event}` is written by the function
 * in the reader's language (reservationEventWords).
 */
export const reservationsMailTemplates: MailTemplates<
  'reservation-ended' | 'reservation-granted' | 'reservation-update'
> = {
  'reservation-ended': {
    fr: {
      subject: 'Votre réservation du lot {unitNumber} a pris fin',
      lines: [
        'Bonjour {clientFirstName},',
        'Votre réservation du lot {unitNumber} ({projectName}, {buildingName}) a pris fin : {event}.',
        '{agentName} reste à votre disposition pour en parler ou choisir un autre lot.',
      ],
    },
    ru: {
      subject: 'Резерв помещения {unitNumber} снят',
      lines: [
        'Здравствуйте, {clientFirstName}!',
        'Резерв помещения {unitNumber} ({projectName}, {buildingName}) снят: {event}.',
        '{agentName} всегда на связи, чтобы обсудить это или подобрать другое помещение.',
      ],
    },
    en: {
      subject: 'Your reservation of unit {unitNumber} has ended',
      lines: [
        'Hello {clientFirstName},',
        'Your reservation of unit {unitNumber} ({projectName}, {buildingName}) has ended: {event}.',
        '{agentName} remains at your disposal to talk it over or choose another unit.',
      ],
    },
  },
  'reservation-granted': {
    fr: {
      subject: 'Le lot {unitNumber} vous est réservé',
      lines: [
        'Bonjour {clientFirstName},',
        "Vous étiez en file d'attente pour le lot {unitNumber} ({projectName}, {buildingName}) : il vous est désormais réservé jusqu'au {until}.",
        '{agentName} vous contactera pour la suite.',
      ],
    },
    ru: {
      subject: 'Помещение {unitNumber} зарезервировано за вами',
      lines: [
        'Здравствуйте, {clientFirstName}!',
        'Вы стояли в очереди на помещение {unitNumber} ({projectName}, {buildingName}): теперь оно зарезервировано за вами до {until}.',
        '{agentName} свяжется с вами о дальнейших шагах.',
      ],
    },
    en: {
      subject: 'Unit {unitNumber} is now reserved for you',
      lines: [
        'Hello {clientFirstName},',
        'You were in the queue for unit {unitNumber} ({projectName}, {buildingName}): it is now reserved for you until {until}.',
        '{agentName} will contact you about the next steps.',
      ],
    },
  },
  'reservation-update': {
    fr: {
      subject: 'Réservation du lot {unitNumber} : {event}',
      lines: [
        'Bonjour {agentName},',
        'Réservation du lot {unitNumber} ({projectName}, {buildingName}) pour {clientName} : {event}.',
      ],
    },
    ru: {
      subject: 'Резерв помещения {unitNumber}: {event}',
      lines: [
        'Здравствуйте, {agentName}!',
        'Резерв помещения {unitNumber} ({projectName}, {buildingName}) для клиента {clientName}: {event}.',
      ],
    },
    en: {
      subject: 'Reservation of unit {unitNumber}: {event}',
      lines: [
        'Hello {agentName},',
        'Reservation of unit {unitNumber} ({projectName}, {buildingName}) for {clientName}: {event}.',
      ],
    },
  },
};

/** What happened to a reservation, as mails and history entries name it. */
export type ReservationEvent = 'reserved' | 'queued' | 'extended' | 'expired' | 'cancelled' | 'granted';

const EVENT_WORDS: Record<Locale, Record<ReservationEvent, (until: string) => string>> = {
  fr: {
    reserved: (until) => `réservé jusqu'au ${until}`,
    queued: () => "inscrit en file d'attente",
    extended: (until) => `prolongé jusqu'au ${until}`,
    expired: () => 'le délai de réservation est écoulé',
    cancelled: () => 'réservation annulée',
    granted: (until) => `attribué depuis la file d'attente, réservé jusqu'au ${until}`,
  },
  ru: {
    reserved: (until) => `зарезервировано до ${until}`,
    queued: () => 'поставлен(а) в очередь',
    extended: (until) => `резерв продлён до ${until}`,
    expired: () => 'срок резерва истёк',
    cancelled: () => 'резерв отменён',
    granted: (until) => `резерв перешёл из очереди, действует до ${until}`,
  },
  en: {
    reserved: (until) => `reserved until ${until}`,
    queued: () => 'joined the queue',
    extended: (until) => `extended until ${until}`,
    expired: () => 'the reservation term ran out',
    cancelled: () => 'reservation cancelled',
    granted: (until) => `granted from the queue, reserved until ${until}`,
  },
};

export function reservationEventWords(locale: Locale, event: ReservationEvent, until: string): string {
  return EVENT_WORDS[locale][event](until);
}

const HISTORY_TEXT: Record<Locale, (unit: string, words: string) => string> = {
  fr: (unit, words) => `Lot ${unit} : ${words}.`,
  ru: (unit, words) => `Помещение ${unit}: ${words}.`,
  en: (unit, words) => `Unit ${unit}: ${words}.`,
};

/** The client file's history entry of a reservation event, in the tenant's language. */
export function reservationHistoryText(
  locale: Locale,
  args: { unit: string; event: ReservationEvent; until: string },
): string {
  return HISTORY_TEXT[locale](args.unit, reservationEventWords(locale, args.event, args.until));
}

/** Where the sales office is, for the times mails and history entries show. */
export function reservationTimeZone(country: string): string {
  return country === 'RU' ? 'Europe/Moscow' : 'Europe/Paris';
}

/** A reservation's end as mails show it: day, month, year and time in the office's time zone. */
export function formatReservationTime(at: Date, locale: Locale, country: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: reservationTimeZone(country),
  }).format(at);
}
