import { minutesLeft } from '@estate/domain';
import type { TFunction } from 'i18next';

/** A term's remaining time split as the screens show it: days and hours, or hours and minutes under a day. */
export function timeLeftParts(until: Date, now: Date): { days: number; hours: number; minutes: number } {
  const total = minutesLeft(until, now);
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

export function formatTimeLeft(t: TFunction, until: Date, now: Date): string {
  const { days, hours, minutes } = timeLeftParts(until, now);
  if (days > 0) return t('reservations.timeLeft.days', { days, hours });
  if (hours > 0) return t('reservations.timeLeft.hours', { hours, minutes });
  if (minutes > 0) return t('reservations.timeLeft.minutes', { minutes });
  return t('reservations.timeLeft.due');
}

/** Refusals the screens explain in the user's language, with what the function told (holder, limits). */
const REFUSAL_KEYS: Record<string, string> = {
  'unit-reserved': 'reservations.refusals.unitReserved',
  'unit-not-available': 'reservations.refusals.unitNotAvailable',
  'client-limit-reached': 'reservations.refusals.clientLimitReached',
  'unit-free': 'reservations.refusals.unitFree',
  'queue-offline-only': 'reservations.refusals.queueOfflineOnly',
  'already-holder': 'reservations.refusals.alreadyHolder',
  'already-queued': 'reservations.refusals.alreadyQueued',
  'extension-needs-approval': 'reservations.refusals.extensionNeedsApproval',
  'reservation-expired': 'reservations.refusals.reservationExpired',
  'reservation-not-active': 'reservations.refusals.reservationClosed',
  'reservation-closed': 'reservations.refusals.reservationClosed',
  'reservation-not-found': 'reservations.refusals.reservationNotFound',
  'contact-not-found': 'reservations.refusals.contactNotFound',
  'unit-not-found': 'reservations.refusals.unitNotFound',
  'not-team-manager': 'reservations.refusals.notTeamManager',
};

/**
 * The sentence for a refusal: its reason's text filled with the details (`holderName`, `until`, `max`,
 * `maxExtensionHours`), or null for a reason the screens do not know (they show the generic error).
 */
export function refusalText(
  t: TFunction,
  refused: { reason: string | null; details: Record<string, unknown> },
  formatDate: (date: Date) => string,
): string | null {
  const key = refused.reason ? REFUSAL_KEYS[refused.reason] : undefined;
  if (!key) return null;
  const { holderName, until, max, maxExtensionHours } = refused.details;
  return t(key, {
    holder: typeof holderName === 'string' ? holderName : '',
    until: typeof until === 'string' ? formatDate(new Date(until)) : '',
    max: typeof max === 'number' ? max : '',
    hours: typeof maxExtensionHours === 'number' ? maxExtensionHours : '',
  });
}
