import { reservationModel, reservationSettingsModel, type Reservation } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { modelKeys } from '../../../lib/query/model-keys';
import {
  fetchReservationSettings,
  fetchReservationsPage,
  fetchUnitReservations,
  type ReservationsFilter,
} from '../data/reservations.repository';

export const reservationKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, reservationModel),
  settings: (tenantId: string) => modelKeys.of(tenantId, reservationSettingsModel),
};

export const reservationsPageOptions = (tenantId: string, filter: ReservationsFilter) =>
  infiniteQueryOptions({
    queryKey: [...reservationKeys.all(tenantId), 'list', filter.status, filter.kind ?? 'all'] as const,
    queryFn: ({ pageParam }) => fetchReservationsPage(tenantId, filter, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<Reservation> | null,
    getNextPageParam: (page) => page.next,
  });

/** A unit's holder and queue; refreshed each minute so the time left and a release show without reload. */
export const unitReservationsOptions = (tenantId: string, unitId: string) =>
  queryOptions({
    queryKey: [...reservationKeys.all(tenantId), 'unit', unitId] as const,
    queryFn: () => fetchUnitReservations(tenantId, unitId),
    refetchInterval: 60_000,
  });

export const reservationSettingsOptions = (tenantId: string) =>
  queryOptions({
    queryKey: reservationKeys.settings(tenantId),
    queryFn: () => fetchReservationSettings(tenantId),
  });
