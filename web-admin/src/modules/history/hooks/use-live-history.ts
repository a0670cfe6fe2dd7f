import type { HistoryEntry } from '@estate/domain';
import { useQueryClient, type InfiniteData, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { Query } from 'firebase/firestore';
import { useEffect } from 'react';
import {
  contactHistoryQuery,
  propertyHistoryQuery,
  watchHistoryList,
  type HistoryPage,
  type HistoryViewer,
} from '../data/history.repository';
import { historyKeys } from '../queries/history.queries';

/**
 * Refetches the list under `queryKey` when its first page changes on the server: an entry a colleague
 * or a function logs, or the copy history-onEntryWritten writes a moment after an action. Returns the
 * cleanup of the effect.
 */
function watch(queryClient: QueryClient, queryKey: QueryKey, list: Promise<Query<HistoryEntry>>): () => void {
  let stop: (() => void) | null = null;
  let cancelled = false;
  const shown = () => queryClient.getQueryData<InfiniteData<HistoryPage>>(queryKey)?.pages[0]?.entries;
  void list
    .then((query) => {
      if (cancelled) return;
      stop = watchHistoryList(query, shown, () => void queryClient.invalidateQueries({ queryKey, exact: true }));
    })
    // The visibility settings could not be read: the list's own fetch shows that error.
    .catch(() => undefined);
  return () => {
    cancelled = true;
    stop?.();
  };
}

/** Keeps a contact's history (its copies) in step with the server while it is shown. */
export function useLiveContactHistory(tenantId: string, contactId: string): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      watch(
        queryClient,
        historyKeys.ofContact(tenantId, contactId),
        Promise.resolve(contactHistoryQuery(tenantId, contactId)),
      ),
    [queryClient, tenantId, contactId],
  );
}

/** Keeps a property's history in step with the server while it is shown. */
export function useLivePropertyHistory(tenantId: string, propertyId: string, viewer: HistoryViewer): void {
  const queryClient = useQueryClient();
  const { uid, role } = viewer;
  useEffect(
    () =>
      watch(
        queryClient,
        historyKeys.ofProperty(tenantId, propertyId, uid),
        propertyHistoryQuery(tenantId, propertyId, { uid, role }),
      ),
    [queryClient, tenantId, propertyId, uid, role],
  );
}
