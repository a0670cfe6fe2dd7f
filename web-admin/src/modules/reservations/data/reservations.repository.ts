import {
  cancelReservationContract,
  DEFAULT_RESERVATION_SETTINGS,
  extendReservationContract,
  joinQueueContract,
  OPEN_RESERVATION_STATUSES,
  paths,
  reservationModel,
  reservationSettingsModel,
  reserveUnitContract,
  saveReservationSettingsContract,
  type ContractInput,
  type Reservation,
  type ReservationKind,
  type ReservationStatus,
  type ValidReservationSettingsInput,
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

const reservationConverter = converterOf(reservationModel);
const settingsConverter = converterOf(reservationSettingsModel);
const RESERVATIONS_PAGE_SIZE = 25;
/** A unit's holder and its queue: a queue longer than this is not a sales office's reality. */
const UNIT_RESERVATIONS_MAX = 50;

export interface ReservationsFilter {
  status: ReservationStatus;
  kind: ReservationKind | null;
}

export interface ReservationsPage {
  reservations: Reservation[];
  next: QueryDocumentSnapshot<Reservation> | null;
}

/**
 * The tenant's reservations of one status (and kind), a page at a time: active ones by the end of
 * their term (soonest first), queued ones in the order they joined, ended ones latest first.
 */
export async function fetchReservationsPage(
  tenantId: string,
  filter: ReservationsFilter,
  after: QueryDocumentSnapshot<Reservation> | null,
): Promise<ReservationsPage> {
  const constraints: QueryConstraint[] = [];
  if (filter.kind) constraints.push(where('kind', '==', filter.kind));
  constraints.push(where('status', '==', filter.status));
  if (filter.status === 'active') constraints.push(orderBy('until', 'asc'));
  else if (filter.status === 'queued') constraints.push(orderBy('queuedAt', 'asc'));
  else constraints.push(orderBy('updatedAt', 'desc'));
  if (after) constraints.push(startAfter(after));
  constraints.push(limit(RESERVATIONS_PAGE_SIZE));
  const snapshot = await getDocs(
    query(collection(db, paths.reservations(tenantId)).withConverter(reservationConverter), ...constraints),
  );
  return {
    reservations: readDocs(snapshot),
    next: snapshot.docs.length === RESERVATIONS_PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

/** A unit's active reservation and its queue. */
export async function fetchUnitReservations(tenantId: string, unitId: string): Promise<Reservation[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.reservations(tenantId)).withConverter(reservationConverter),
      where('unitId', '==', unitId),
      where('status', 'in', [...OPEN_RESERVATION_STATUSES]),
      orderBy('queuePosition', 'asc'),
      limit(UNIT_RESERVATIONS_MAX),
    ),
  );
  return readDocs(snapshot);
}

export async function fetchReservationSettings(tenantId: string): Promise<ValidReservationSettingsInput> {
  const snapshot = await getDoc(doc(db, paths.reservationSettings(tenantId)).withConverter(settingsConverter));
  const settings = readDoc(snapshot);
  if (!settings) return DEFAULT_RESERVATION_SETTINGS;
  return { terms: settings.terms, maxPerClient: settings.maxPerClient, maxExtension: settings.maxExtension };
}

/** A request id per attempt of the user, so a retried call (a network hiccup) reserves once. */
export function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

export const reserveUnit = (input: ContractInput<typeof reserveUnitContract>) => call(reserveUnitContract, input);
export const joinQueue = (input: ContractInput<typeof joinQueueContract>) => call(joinQueueContract, input);
export const cancelReservation = (reservationId: string) => call(cancelReservationContract, { reservationId });
export const extendReservation = (input: ContractInput<typeof extendReservationContract>) =>
  call(extendReservationContract, input);
export const saveReservationSettings = (input: ContractInput<typeof saveReservationSettingsContract>) =>
  call(saveReservationSettingsContract, input);
