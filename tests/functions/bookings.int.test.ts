import {
  bookingModel,
  cancelBookingContract,
  DEFAULT_BRANDING,
  EMPTY_AGENCY_LEGAL,
  issueBookingContract,
  joinQueueContract,
  memberModel,
  paths,
  promotionModel,
  recordPaymentContract,
  reservationModel,
  reserveUnitContract,
  saveEscrowContract,
  saveUnitContract,
  tenantModel,
  unitHistoryEntryModel,
  unitInputSchema,
  unitModel,
  type Booking,
  type BookingResult,
  type CallableContract,
  type Contact,
  type ReservationResult,
  type StaffRole,
  type Unit,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cancelBooking } from '../../functions/src/bookings/cancel-booking.handler';
import { expireDueBookings } from '../../functions/src/bookings/expire-due.handler';
import { issueBooking } from '../../functions/src/bookings/issue-booking.handler';
import { recordPayment } from '../../functions/src/bookings/record-payment.handler';
import { saveEscrow } from '../../functions/src/bookings/save-escrow.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import { converterOf } from '../../functions/src/lib/converters';
import type { Deps } from '../../functions/src/lib/deps';
import { Refusal } from '../../functions/src/lib/refusal';
import { saveUnit } from '../../functions/src/projects/save-unit.handler';
import { joinQueue } from '../../functions/src/reservations/join-queue.handler';
import { reserveUnit } from '../../functions/src/reservations/reserve-unit.handler';
import { adminAuth } from '../support/admin';
import { contactDoc } from '../support/contacts';
import { uniqueEmail } from '../support/users';
import { isolatedDb } from './function-fixtures';

// The bookings handlers driven as their callables drive them (input parsed by the contract, the
// caller's claims), on a project of their own on the Firestore emulator, with the reservations and
// projects handlers around them.

type Answer<T> = { ok: true; data: T } | { ok: false; code: string; message: string; details: Record<string, unknown> };
type Handler = (deps: Deps, caller: Caller, input: never) => Promise<unknown>;

async function callAs<C extends CallableContract, T = BookingResult>(
  contract: C,
  handler: Handler,
  caller: Caller,
  data: unknown,
): Promise<Answer<T>> {
  const parsed = contract.input.safeParse(data);
  if (!parsed.success) return { ok: false, code: 'invalid-argument', message: parsed.error.message, details: {} };
  try {
    return { ok: true, data: (await handler(deps(), caller, parsed.data as never)) as T };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    expect(contract.refusals).toContain(error.reason);
    return { ok: false, code: error.code, message: error.message, details: { ...error.details, reason: error.reason } };
  }
}

async function mustCallAs<C extends CallableContract, T = BookingResult>(
  contract: C,
  handler: Handler,
  caller: Caller,
  data: unknown,
): Promise<T> {
  const answer = await callAs<C, T>(contract, handler, caller, data);
  if (!answer.ok) throw new Error(`${contract.name} refused: ${answer.message}`);
  return answer.data;
}

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const unitConverter = converterOf(unitModel);
const bookingConverter = converterOf(bookingModel);
const DAY = 24 * 3_600_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

let db: Firestore;
let tenantId: string;
let manager: Caller;
let agent: Caller;
const t = () => tenantId;
const deps = (): Deps => ({ db, auth: adminAuth(), links: appLinks(null), now: () => new Date(), local: null });

async function storeMember(role: StaffRole, displayName: string): Promise<Caller> {
  const uid = newId();
  const now = new Date();
  await db
    .doc(paths.member(t(), uid))
    .withConverter(converterOf(memberModel))
    .set({
      uid,
      email: uniqueEmail(role),
      displayName,
      role,
      status: 'active',
      locale: 'ru',
      requestedAt: now,
      decidedAt: now,
      decidedBy: uid,
      sessionsRevokedAt: null,
      managerUid: null,
      updatedAt: now,
    });
  return { uid, email: null, claims: { tenantId: t(), role } };
}

async function storeContact(lastName: string): Promise<Contact> {
  const contact = contactDoc({
    lastName,
    firstName: 'Иван',
    locale: 'ru',
    emails: [{ address: uniqueEmail('client'), label: 'personal' }],
    assignedAgentUid: manager.uid,
  });
  await db.doc(paths.contact(t(), contact.id)).set(contact);
  return contact;
}

async function storeUnit(number: string): Promise<Unit> {
  const now = new Date();
  const unit: Unit = {
    id: newId(),
    projectId: 'p1',
    buildingId: 'b1',
    section: '1',
    number,
    floor: 3,
    position: Number(number.slice(-1)) || 1,
    kind: 'apartment',
    rooms: 2,
    area: 54.3,
    livingArea: null,
    kitchenArea: null,
    finish: 'whiteBox',
    price: 8_450_000,
    status: 'free',
    layout: null,
    priceFixed: false,
    hold: null,
    createdAt: now,
    updatedAt: now,
  };
  await db.doc(paths.unit(t(), unit.id)).withConverter(unitConverter).set(unit);
  return unit;
}

const readUnit = async (unitId: string) =>
  (await db.doc(paths.unit(t(), unitId)).withConverter(unitConverter).get()).data();
const readBooking = async (bookingId: string): Promise<Booking | undefined> =>
  (await db.doc(paths.booking(t(), bookingId)).withConverter(bookingConverter).get()).data();
const readReservationStatus = async (reservationId: string) =>
  (await db.doc(paths.reservation(t(), reservationId)).withConverter(converterOf(reservationModel)).get()).data()
    ?.status;
const unitHistory = async (unitId: string) =>
  (
    await db.collection(paths.unitHistory(t(), unitId)).withConverter(converterOf(unitHistoryEntryModel)).get()
  ).docs.map((doc) => doc.data());

const reserve = (unitId: string, contactId: string) =>
  mustCallAs<typeof reserveUnitContract, ReservationResult>(reserveUnitContract, reserveUnit, manager, {
    requestId: newId(),
    unitId,
    contactId,
    kind: 'offline',
  });
const issue = (unitId: string, contactId: string, extra: Record<string, unknown> = {}, caller: Caller = manager) =>
  callAs(issueBookingContract, issueBooking, caller, {
    requestId: newId(),
    unitId,
    contactId,
    validUntil: day(3),
    ...extra,
  });
const pay = (bookingId: string, extra: Record<string, unknown> = {}, caller: Caller = manager) =>
  callAs(recordPaymentContract, recordPayment, caller, {
    bookingId,
    amount: 50_000,
    paidOn: day(0),
    reference: 'ПП № 1542',
    ...extra,
  });

beforeAll(async () => {
  db = isolatedDb();
  tenantId = `bookings-${newId()}`;
  const now = new Date();
  await db
    .doc(paths.tenant(t()))
    .withConverter(converterOf(tenantModel))
    .set({
      id: t(),
      slug: t(),
      name: 'Девелопер Север',
      capabilities: ['developer'],
      company: { legalName: '', address: '', phone: '', email: '', registrationNumber: '', vatNumber: '' },
      legal: EMPTY_AGENCY_LEGAL,
      branding: DEFAULT_BRANDING,
      locale: 'ru',
      currency: 'RUB',
      country: 'RU',
      hosts: { admin: 'sever-admin.example.test', client: 'sever.example.test' },
      ownerUid: 'owner',
      map: null,
      createdAt: now,
      updatedAt: now,
    });
  manager = await storeMember('manager', 'Мария Менеджер');
  agent = await storeMember('agent', 'Антон Агент');
  await db.doc(paths.project(t(), 'p1')).set({
    id: 'p1',
    name: 'ЖК Северный',
    address: 'ул. Лесная, 5',
    city: 'Москва',
    latitude: null,
    longitude: null,
    completion: { year: 2027, quarter: 4 },
    stage: 'construction',
    description: '',
    createdAt: now,
    updatedAt: now,
  });
  await db.doc(paths.building(t(), 'b1')).set({
    id: 'b1',
    projectId: 'p1',
    name: 'Корпус 1',
    sections: [{ name: '1', floors: 10, positionsPerFloor: 9 }],
    createdAt: now,
    updatedAt: now,
  });
  // A running promotion: the offer's price is the unit's final price, not its list price.
  await db
    .doc(paths.promotion(t(), 'launch'))
    .withConverter(converterOf(promotionModel))
    .set({
      id: 'launch',
      name: 'Старт продаж',
      description: '',
      validFrom: new Date(Date.now() - 10 * DAY),
      validUntil: new Date(Date.now() + 30 * DAY),
      scope: { projectIds: ['p1'], buildingIds: [], kinds: [], rooms: [], unitIds: [] },
      discount: { kind: 'amount', amount: 350_000 },
      combinesWith: [],
      planIds: [],
      endedAt: null,
      createdAt: now,
      updatedAt: now,
    });
});

describe('paying an offer', () => {
  it('fixes the final price and books the unit: reservation converted, queue released, one history entry', async () => {
    const unit = await storeUnit('101');
    const [buyer, waiting] = await Promise.all([storeContact('Петров'), storeContact('Сидоров')]);
    const held = await reserve(unit.id, buyer.id);
    const queued = await mustCallAs<typeof joinQueueContract, ReservationResult>(
      joinQueueContract,
      joinQueue,
      manager,
      {
        requestId: newId(),
        unitId: unit.id,
        contactId: waiting.id,
      },
    );

    const issued = await issue(unit.id, buyer.id);
    expect(issued).toMatchObject({ ok: true, data: { status: 'issued', price: 8_100_000 } });
    const bookingId = issued.ok ? issued.data.bookingId : '';
    expect(await readBooking(bookingId)).toMatchObject({
      basePrice: 8_450_000,
      price: 8_100_000,
      reservationId: held.reservationId,
      contactName: 'Иван Петров',
      buildingName: 'Корпус 1',
    });
    expect((await readUnit(unit.id))?.status).toBe('reserved');

    expect(await pay(bookingId)).toMatchObject({ ok: true, data: { status: 'paid', price: 8_100_000 } });
    const booked = await readUnit(unit.id);
    expect(booked).toMatchObject({ status: 'booked', price: 8_100_000, priceFixed: true, hold: null });
    const booking = await readBooking(bookingId);
    expect(booking?.status).toBe('paid');
    expect(booking?.paidAt?.toISOString().slice(0, 10)).toBe(day(0));
    expect(booking?.payment).toMatchObject({
      amount: 50_000,
      reference: 'ПП № 1542',
      recordedByName: 'Мария Менеджер',
    });
    expect(await readReservationStatus(held.reservationId)).toBe('converted');
    expect(await readReservationStatus(queued.reservationId)).toBe('released');
    const queue = await db.doc(paths.reservationQueue(t(), unit.id)).get();
    expect(queue.get('reservationIds')).toEqual([]);
    for (const contact of [buyer, waiting]) {
      const client = await db.doc(paths.reservationClient(t(), contact.id)).get();
      expect(client.get('reservationIds')).toEqual([]);
    }
    const history = await unitHistory(unit.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      kind: 'status',
      source: 'booking',
      priceBefore: 8_450_000,
      priceAfter: 8_100_000,
      statusBefore: 'reserved',
      statusAfter: 'booked',
    });
    const entries = await db.collection(paths.history(t())).where('contactIds', 'array-contains', buyer.id).get();
    expect(entries.docs.map((doc) => doc.id).sort()).toEqual(
      [`booking-${bookingId}-issued`, `booking-${bookingId}-paid`, `reservation-${held.reservationId}-reserved`].sort(),
    );
  });

  it('answers a replayed payment as it is and changes nothing', async () => {
    const unit = await storeUnit('102');
    const buyer = await storeContact('Кузнецов');
    await reserve(unit.id, buyer.id);
    const issued = await issue(unit.id, buyer.id);
    const bookingId = issued.ok ? issued.data.bookingId : '';
    await pay(bookingId);
    const [unitBefore, bookingBefore] = await Promise.all([readUnit(unit.id), readBooking(bookingId)]);

    const replay = await pay(bookingId, { amount: 99_000, reference: 'другое' });
    expect(replay).toMatchObject({ ok: true, data: { status: 'paid', price: 8_100_000 } });
    expect(await readUnit(unit.id)).toEqual(unitBefore);
    expect(await readBooking(bookingId)).toEqual(bookingBefore);
    expect(await unitHistory(unit.id)).toHaveLength(1);
  });

  it('refuses a paid offer’s unit any later price change; the same price still saves', async () => {
    const unit = await storeUnit('103');
    const buyer = await storeContact('Волков');
    const issued = await issue(unit.id, buyer.id);
    await pay(issued.ok ? issued.data.bookingId : '');
    const booked = await readUnit(unit.id);
    if (!booked) throw new Error('unit gone');
    expect(booked).toMatchObject({ priceFixed: true, hold: null });
    const changed = await callAs(saveUnitContract, saveUnit, manager, {
      unitId: unit.id,
      unit: { ...unitInputSchema.parse(booked), price: 9_000_000 },
    });
    expect(changed).toMatchObject({ ok: false, details: { reason: 'price-fixed' } });
    expect((await readUnit(unit.id))?.price).toBe(8_100_000);
    const same = await callAs(saveUnitContract, saveUnit, manager, {
      unitId: unit.id,
      unit: { ...unitInputSchema.parse(booked), finish: 'turnkey' },
    });
    expect(same.ok).toBe(true);
    expect(await readUnit(unit.id)).toMatchObject({ price: 8_100_000, finish: 'turnkey', status: 'booked' });
  });

  it('is recorded by the owner, an admin or a manager, not an agent', async () => {
    const unit = await storeUnit('104');
    const buyer = await storeContact('Зайцев');
    const issued = await issue(unit.id, buyer.id, {}, agent);
    expect(issued.ok).toBe(true);
    const refused = await pay(issued.ok ? issued.data.bookingId : '', {}, agent);
    expect(refused).toMatchObject({ ok: false, details: { reason: 'not-inventory-editor' } });
    expect((await readUnit(unit.id))?.status).toBe('free');
  });
});

describe('issuing and cancelling', () => {
  it('refuses an offer on a unit another client holds, naming them and until when', async () => {
    const unit = await storeUnit('201');
    const [holder, other] = await Promise.all([storeContact('Орлов'), storeContact('Соколов')]);
    await reserve(unit.id, holder.id);
    const refused = await issue(unit.id, other.id);
    expect(refused).toMatchObject({
      ok: false,
      code: 'failed-precondition',
      details: { reason: 'unit-held-by-other', holderName: 'Иван Орлов' },
    });
    expect(refused.ok ? '' : refused.message).toMatch(
      /^Unit 201 is reserved by Иван Орлов until .+: only they may be offered it\.$/,
    );
    const list = await db.collection(paths.bookings(t())).where('unitId', '==', unit.id).get();
    expect(list.size).toBe(0);
  });

  it('answers a retried issue with the first offer and refuses a second offer on the unit', async () => {
    const unit = await storeUnit('202');
    const [buyer, other] = await Promise.all([storeContact('Лебедев'), storeContact('Козлов')]);
    const requestId = newId();
    const first = await issue(unit.id, buyer.id, { requestId });
    const again = await issue(unit.id, buyer.id, { requestId });
    expect(again).toEqual(first);
    expect(await issue(unit.id, other.id)).toMatchObject({
      ok: false,
      details: { reason: 'booking-open', holderName: 'Иван Лебедев' },
    });
    expect(await issue(unit.id, buyer.id, { validUntil: day(-2) })).toMatchObject({
      ok: false,
      details: { reason: 'valid-until-past' },
    });
  });

  it('cancels an unpaid offer once, then refuses its payment; a paid offer cannot be cancelled', async () => {
    const unit = await storeUnit('203');
    const buyer = await storeContact('Морозов');
    const issued = await issue(unit.id, buyer.id);
    const bookingId = issued.ok ? issued.data.bookingId : '';
    const cancel = () => callAs(cancelBookingContract, cancelBooking, manager, { bookingId });
    expect(await cancel()).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    const cancelledAt = (await readBooking(bookingId))?.cancelledAt;
    expect(await cancel()).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    expect((await readBooking(bookingId))?.cancelledAt).toEqual(cancelledAt);
    expect(await pay(bookingId)).toMatchObject({ ok: false, details: { reason: 'booking-closed' } });
    expect((await readUnit(unit.id))?.status).toBe('free');

    const next = await issue(unit.id, buyer.id);
    const nextId = next.ok ? next.data.bookingId : '';
    await pay(nextId);
    expect(await callAs(cancelBookingContract, cancelBooking, manager, { bookingId: nextId })).toMatchObject({
      ok: false,
      details: { reason: 'booking-paid' },
    });
  });

  it('refuses the payment of an offer past its validity date', async () => {
    const unit = await storeUnit('204');
    const buyer = await storeContact('Новиков');
    const issued = await issue(unit.id, buyer.id, { validUntil: day(0) });
    const bookingId = issued.ok ? issued.data.bookingId : '';
    const later = (): Deps => ({ ...deps(), now: () => new Date(Date.now() + 2 * DAY) });
    const parsed = recordPaymentContract.input.parse({ bookingId, amount: 50_000, paidOn: day(0), reference: 'ПП 7' });
    await expect(recordPayment(later(), manager, parsed)).rejects.toMatchObject({ reason: 'booking-expired' });
    expect((await readUnit(unit.id))?.status).toBe('free');
  });
});

describe('escrow details', () => {
  it('are saved, validated and removed by staff', async () => {
    const unit = await storeUnit('301');
    const buyer = await storeContact('Федоров');
    const issued = await issue(unit.id, buyer.id);
    const bookingId = issued.ok ? issued.data.bookingId : '';
    const escrow = {
      kind: 'escrow',
      bank: 'ПАО Сбербанк',
      account: '40826810438000012345',
      amount: 8_100_000,
      openedAt: day(0),
      disclosedAt: null,
    };
    expect(await callAs(saveEscrowContract, saveEscrow, agent, { bookingId, escrow })).toMatchObject({ ok: true });
    expect((await readBooking(bookingId))?.escrow).toMatchObject({ bank: 'ПАО Сбербанк', amount: 8_100_000 });
    const backwards = await callAs(saveEscrowContract, saveEscrow, agent, {
      bookingId,
      escrow: { ...escrow, disclosedAt: day(-5) },
    });
    expect(backwards).toMatchObject({ ok: false, code: 'invalid-argument' });
    await mustCallAs(saveEscrowContract, saveEscrow, manager, { bookingId, escrow: null });
    expect((await readBooking(bookingId))?.escrow).toBeNull();
  });
});

describe('expiry', () => {
  it('closes the offers past their last valid day once, leaving paid and younger ones', async () => {
    const a = await storeUnit('401');
    const b = await storeUnit('402');
    const c = await storeUnit('403');
    const buyer = await storeContact('Егоров');
    const ids = async (answer: Promise<Answer<BookingResult>>) => {
      const result = await answer;
      return result.ok ? result.data.bookingId : '';
    };
    const overdue = await ids(issue(a.id, buyer.id, { validUntil: day(0) }));
    const paid = await ids(issue(b.id, buyer.id, { validUntil: day(0) }));
    await pay(paid);
    const younger = await ids(issue(c.id, buyer.id, { validUntil: day(5) }));

    const later = new Date(Date.now() + 2 * DAY);
    expect(await expireDueBookings({ db }, later, 2)).toBeGreaterThanOrEqual(1);
    expect((await readBooking(overdue))?.status).toBe('expired');
    expect((await readBooking(paid))?.status).toBe('paid');
    expect((await readBooking(younger))?.status).toBe('issued');
    const updatedAt = (await readBooking(overdue))?.updatedAt;
    expect(await expireDueBookings({ db }, later, 2)).toBe(0);
    expect((await readBooking(overdue))?.updatedAt).toEqual(updatedAt);
    expect((await readUnit(a.id))?.status).toBe('free');
  });
});
