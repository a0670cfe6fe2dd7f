import type { HistoryEntry } from '@estate/domain';

/** Which list a pending entry shows in: a contact's (entries naming it) or a property's. */
export type HistoryListOf = { contactId: string } | { propertyId: string };

export function belongsTo(entry: HistoryEntry, list: HistoryListOf): boolean {
  return 'contactId' in list ? entry.contactIds.includes(list.contactId) : entry.propertyId === list.propertyId;
}

/** The fetched entries and the pending ones not among them yet, newest first. */
export function withPending(fetched: HistoryEntry[], pending: readonly HistoryEntry[]): HistoryEntry[] {
  const known = new Set(fetched.map((entry) => entry.id));
  const fresh = pending.filter((entry) => !known.has(entry.id));
  if (fresh.length === 0) return fetched;
  return [...fresh, ...fetched].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
}
