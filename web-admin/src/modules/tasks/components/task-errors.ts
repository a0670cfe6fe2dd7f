import type { TFunction } from 'i18next';
import { formatDateTime, formatTime } from './task-dates';

/**
 * Refusals the common messages do not word: the room-busy refusal names the other meeting (said in the
 * user's language and time zone; its title only when the user reads that task); a property subject
 * deleted meanwhile; an assignee who does not see the client ("own" visibility).
 */
export function describeTaskError(t: TFunction, error: unknown): string | null {
  if (error === null || typeof error !== 'object' || !('details' in error)) return null;
  const details = error.details as Record<string, unknown> | null;
  if (details?.reason === 'subject-property-not-found') return t('taskSubjects.propertyGone');
  if (details?.reason === 'assignee-cannot-see-contact') return t('taskSubjects.assigneeCannotSee');
  if (!details || details.reason !== 'room-busy') return null;
  const { room, title, dueAt, endAt } = details;
  if (typeof dueAt !== 'string' || typeof endAt !== 'string') return null;
  const when = {
    room: typeof room === 'string' ? room : '',
    from: formatDateTime(new Date(dueAt)),
    to: formatTime(new Date(endAt)),
  };
  return typeof title === 'string' ? t('tasks.roomBusy', { ...when, title }) : t('taskSubjects.roomBusyUntitled', when);
}
