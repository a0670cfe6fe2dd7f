import type { ChatThread } from '@estate/domain';
import type { TFunction } from 'i18next';

/** What a thread is about, as the client reads it. */
export function threadTitle(t: TFunction, thread: Pick<ChatThread, 'propertyId' | 'propertyTitle'>): string {
  if (!thread.propertyId) return t('chat.general');
  return thread.propertyTitle || t('chat.listing');
}

export function formatMessageTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
