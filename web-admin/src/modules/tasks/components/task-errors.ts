import { saveTaskContract } from '@estate/domain';
import type { TFunction } from 'i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { formatDateTime, formatTime } from './task-dates';

/**
 * Refusals the common messages do not word: the room-busy refusal names the other meeting (said in the
 * user's language and time zone; its title only when the user reads that task); a property subject
 * deleted meanwhile; an assignee who does not see the client ("own" visibility).
 */
export function describeTaskError(t: TFunction, error: unknown): string | null {
  const refused = refusalOf(saveTaskContract, error);
  if (refused?.reason === 'subject-property-not-found') return t('taskSubjects.propertyGone');
  if (refused?.reason === 'assignee-cannot-see-contact') return t('taskSubjects.assigneeCannotSee');
  if (refused?.reason !== 'room-busy') return null;
  const { room, title, dueAt, endAt } = refused.details;
  if (typeof dueAt !== 'string' || typeof endAt !== 'string') return null;
  const when = {
    room: typeof room === 'string' ? room : '',
    from: formatDateTime(new Date(dueAt)),
    to: formatTime(new Date(endAt)),
  };
  return typeof title === 'string' ? t('tasks.roomBusy', { ...when, title }) : t('taskSubjects.roomBusyUntitled', when);
}
