import type { Locale } from '../shared/locale';
import type { PropertyStatus } from './property.schema';

const STATUS_LABELS: Record<Locale, Record<PropertyStatus, string>> = {
  fr: {
    estimation: 'Estimation',
    'under-mandate': 'Sous mandat',
    online: 'En ligne',
    offline: 'Hors ligne',
    'under-offer': 'Sous offre',
    sold: 'Vendu',
    rented: 'Loué',
    archived: 'Archivé',
  },
  ru: {
    estimation: 'Оценка',
    'under-mandate': 'По договору',
    online: 'Опубликован',
    offline: 'Не опубликован',
    'under-offer': 'Есть предложение',
    sold: 'Продан',
    rented: 'Сдан',
    archived: 'В архиве',
  },
  en: {
    estimation: 'Estimation',
    'under-mandate': 'Under mandate',
    online: 'Online',
    offline: 'Offline',
    'under-offer': 'Under offer',
    sold: 'Sold',
    rented: 'Rented',
    archived: 'Archived',
  },
};

const CHANGE_TEXTS: Record<Locale, (actor: string, from: string | null, to: string) => string> = {
  fr: (actor, from, to) => (from ? `${actor} : statut « ${from} » → « ${to} »` : `${actor} : statut « ${to} »`),
  ru: (actor, from, to) => (from ? `${actor}: статус «${from}» → «${to}»` : `${actor}: статус «${to}»`),
  en: (actor, from, to) => (from ? `${actor}: status “${from}” → “${to}”` : `${actor}: status “${to}”`),
};

/** A status as the agency's language names it, for texts written by functions (history entries). */
export function propertyStatusLabel(locale: Locale, status: PropertyStatus): string {
  return STATUS_LABELS[locale][status];
}

/** The text of a `status-change` entry, readable without the app's rendering of `statusChange`. */
export function statusChangeText(
  locale: Locale,
  actor: string,
  from: PropertyStatus | null,
  to: PropertyStatus,
): string {
  return CHANGE_TEXTS[locale](
    actor,
    from === null ? null : propertyStatusLabel(locale, from),
    propertyStatusLabel(locale, to),
  );
}
