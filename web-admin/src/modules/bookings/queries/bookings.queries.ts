import { bookingModel, type Booking, type BookingStatus } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchBooking, fetchBookingsPage, fetchUnitBookings } from '../data/bookings.repository';

export const bookingKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, bookingModel),
};

export const bookingsPageOptions = (tenantId: string, status: BookingStatus | null) =>
  infiniteQueryOptions({
    queryKey: [...bookingKeys.all(tenantId), 'list', status ?? 'all'] as const,
    queryFn: ({ pageParam }) => fetchBookingsPage(tenantId, status, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<Booking> | null,
    getNextPageParam: (page) => page.next,
  });

export const unitBookingsOptions = (tenantId: string, unitId: string) =>
  queryOptions({
    queryKey: [...bookingKeys.all(tenantId), 'unit', unitId] as const,
    queryFn: () => fetchUnitBookings(tenantId, unitId),
  });

export const bookingOptions = (tenantId: string, bookingId: string) =>
  queryOptions({
    queryKey: modelKeys.one(tenantId, bookingModel, bookingId),
    queryFn: () => fetchBooking(tenantId, bookingId),
  });
