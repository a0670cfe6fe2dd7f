import type { TFunction } from 'i18next';
import { formatDateTime, formatTime } from './task-dates';

/**
 * Refusals the common messages do not word: the room-busy refusal names the other meeting (said in the
 * user's language and time zone); a property subject deleted meanwhile.
 */
export function describeTaskError(t: TFunction, error: unknown): string | null {
  if (error === null || typeof error !== 'object' || !('details' in error)) return null;
  const details = error.details as Record<string, unknown> | null;
  if (details?.reason === 'subject-property-not-found') return t('taskSubjects.propertyGone');
  if (!details || details.reason !== 'room-busy') return null;
  const { room, title, dueAt, endAt } = details;
  if (typeof dueAt !== 'string' || typeof endAt !== 'string') return null;
  return t('tasks.roomBusy', {
    room: typeof room === 'string' ? room : '',
    title: typeof title === 'string' ? title : '',
    from: formatDateTime(new Date(dueAt)),
    to: formatTime(new Date(endAt)),
  });
}
