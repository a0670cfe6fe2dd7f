import {
  bookingModel,
  cancelBookingContract,
  issueBookingContract,
  paths,
  recordPaymentContract,
  saveEscrowContract,
  type Booking,
  type BookingStatus,
  type ContractInput,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';

const bookingConverter = converterOf(bookingModel);
const BOOKINGS_PAGE_SIZE = 25;
/** A unit's offers, latest first: a unit is offered a handful of times at most. */
const UNIT_BOOKINGS_MAX = 10;

export interface BookingsPage {
  bookings: Booking[];
  next: QueryDocumentSnapshot<Booking> | null;
}

/** The tenant's offers, latest first, of one status or all, a page at a time. */
export async function fetchBookingsPage(
  tenantId: string,
  status: BookingStatus | null,
  after: QueryDocumentSnapshot<Booking> | null,
): Promise<BookingsPage> {
  const constraints: QueryConstraint[] = [];
  if (status) constraints.push(where('status', '==', status));
  constraints.push(orderBy('createdAt', 'desc'));
  if (after) constraints.push(startAfter(after));
  constraints.push(limit(BOOKINGS_PAGE_SIZE));
  const snapshot = await getDocs(
    query(collection(db, paths.bookings(tenantId)).withConverter(bookingConverter), ...constraints),
  );
  return {
    bookings: readDocs(snapshot),
    next: snapshot.docs.length === BOOKINGS_PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

export async function fetchUnitBookings(tenantId: string, unitId: string): Promise<Booking[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.bookings(tenantId)).withConverter(bookingConverter),
      where('unitId', '==', unitId),
      orderBy('createdAt', 'desc'),
      limit(UNIT_BOOKINGS_MAX),
    ),
  );
  return readDocs(snapshot);
}

export async function fetchBooking(tenantId: string, bookingId: string): Promise<Booking | null> {
  return readDoc(await getDoc(doc(db, paths.booking(tenantId, bookingId)).withConverter(bookingConverter))) ?? null;
}

/** A request id per attempt of the user, so a retried call issues one offer. */
export function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

export const issueBooking = (input: ContractInput<typeof issueBookingContract>) => call(issueBookingContract, input);
export const cancelBooking = (bookingId: string) => call(cancelBookingContract, { bookingId });
export const recordPayment = (input: ContractInput<typeof recordPaymentContract>) => call(recordPaymentContract, input);
export const saveEscrow = (input: ContractInput<typeof saveEscrowContract>) => call(saveEscrowContract, input);
