import { contactModel, propertyModel, roomModel, taskModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { type ContactsViewer, searchContacts } from '../../contacts';
import { searchPropertiesByReferenceOrTitle } from '../../properties';
import { fetchRooms, fetchTasksBetween, type TasksViewer } from '../data/task.repository';
import { modelKeys } from '../../../lib/query/model-keys';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const taskKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, taskModel),
  between: (tenantId: string, viewer: TasksViewer, from: Date, to: Date) =>
    [...taskKeys.all(tenantId), 'between', viewer.uid, viewer.role, from.toISOString(), to.toISOString()] as const,
  rooms: (tenantId: string) => modelKeys.of(tenantId, roomModel),
  contactSearch: (tenantId: string, token: string, viewer: ContactsViewer) =>
    [...modelKeys.of(tenantId, contactModel), 'task-picker', token, viewer.visibility, viewer.uid] as const,
  propertySearch: (tenantId: string, typed: string) =>
    [...modelKeys.of(tenantId, propertyModel), 'task-picker', typed] as const,
};

/** The tasks due in [from, to) that the viewer reads ("own" visibility: those naming them in viewerUids). */
export function tasksBetweenOptions(tenantId: string, viewer: TasksViewer, from: Date, to: Date) {
  return queryOptions({
    queryKey: taskKeys.between(tenantId, viewer, from, to),
    queryFn: () => fetchTasksBetween(tenantId, viewer, from, to),
  });
}

export function roomsOptions(tenantId: string) {
  return queryOptions({ queryKey: taskKeys.rooms(tenantId), queryFn: () => fetchRooms(tenantId) });
}

/**
 * The task form's contact picker: the quick search (searchTokens), which in "own" visibility asks only
 * for the contacts the viewer may read. `token` is searchQueryToken of what was typed.
 */
export function contactSearchOptions(tenantId: string, token: string, viewer: ContactsViewer) {
  return queryOptions({
    queryKey: taskKeys.contactSearch(tenantId, token, viewer),
    queryFn: () => searchContacts(tenantId, token, viewer),
    staleTime: 30_000,
  });
}

/** The task form's property picker: by reference or title prefix. */
export function propertySearchOptions(tenantId: string, typed: string) {
  return queryOptions({
    queryKey: taskKeys.propertySearch(tenantId, typed),
    queryFn: () => searchPropertiesByReferenceOrTitle(tenantId, typed),
    staleTime: 30_000,
  });
}
