import { queryOptions } from '@tanstack/react-query';
import { fetchRooms, fetchTasksBetween, searchContactsByName } from '../../../lib/firebase/task.repository';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const taskKeys = {
  all: (tenantId: string) => ['tenant', tenantId, 'tasks'] as const,
  between: (tenantId: string, from: Date, to: Date) =>
    [...taskKeys.all(tenantId), 'between', from.toISOString(), to.toISOString()] as const,
  rooms: (tenantId: string) => ['tenant', tenantId, 'rooms'] as const,
  contactSearch: (tenantId: string, prefix: string) => ['tenant', tenantId, 'contacts', 'search', prefix] as const,
};

export function tasksBetweenOptions(tenantId: string, from: Date, to: Date) {
  return queryOptions({
    queryKey: taskKeys.between(tenantId, from, to),
    queryFn: () => fetchTasksBetween(tenantId, from, to),
  });
}

export function roomsOptions(tenantId: string) {
  return queryOptions({ queryKey: taskKeys.rooms(tenantId), queryFn: () => fetchRooms(tenantId) });
}

export function contactSearchOptions(tenantId: string, prefix: string) {
  return queryOptions({
    queryKey: taskKeys.contactSearch(tenantId, prefix),
    queryFn: () => searchContactsByName(tenantId, prefix),
    staleTime: 30_000,
  });
}
