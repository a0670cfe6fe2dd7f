import type { HistoryEntry } from '@estate/domain';
import { useMemo, useSyncExternalStore } from 'react';
import { belongsTo, type HistoryListOf } from '../utils/pending-entries';

/**
 * Entries this session logged whose copies history-onEntryWritten has not written yet: the lists show
 * them at once, whatever refetch happens meanwhile, until useLogAction sees the trigger done.
 */
interface Pending {
  tenantId: string;
  entry: HistoryEntry;
}

let pending: readonly Pending[] = [];
const listeners = new Set<() => void>();

function publish(next: readonly Pending[]) {
  pending = next;
  for (const listener of listeners) listener();
}

export function addPendingEntry(tenantId: string, entry: HistoryEntry): void {
  publish([...pending.filter((item) => item.entry.id !== entry.id), { tenantId, entry }]);
}

export function removePendingEntry(tenantId: string, entryId: string): void {
  publish(pending.filter((item) => item.tenantId !== tenantId || item.entry.id !== entryId));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The tenant's pending entries in a contact's or a property's list. */
export function usePendingEntries(tenantId: string, list: HistoryListOf): HistoryEntry[] {
  const all = useSyncExternalStore(subscribe, () => pending);
  const contactId = 'contactId' in list ? list.contactId : null;
  const propertyId = 'propertyId' in list ? list.propertyId : null;
  return useMemo(
    () =>
      all
        .filter((item) => item.tenantId === tenantId)
        .map((item) => item.entry)
        .filter((entry) => belongsTo(entry, contactId !== null ? { contactId } : { propertyId: propertyId ?? '' })),
    [all, tenantId, contactId, propertyId],
  );
}
