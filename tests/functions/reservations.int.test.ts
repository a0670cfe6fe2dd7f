import {
  cancelReservationContract,
  DEFAULT_BRANDING,
  EMPTY_AGENCY_LEGAL,
  extendReservationContract,
  joinQueueContract,
  memberModel,
  paths,
  reservationModel,
  reserveUnitContract,
  saveReservationSettingsContract,
  tenantModel,
  unitModel,
  type CallableContract,
  type Contact,
  type Reservation,
  type ReservationResult,
  type StaffRole,
  type Unit,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import { converterOf } from '../../functions/src/lib/converters';
import type { Deps } from '../../functions/src/lib/deps';
import { Refusal } from '../../functions/src/lib/refusal';
import { cancelReservation } from '../../functions/src/reservations/cancel-reservation.handler';
import { extendReservation } from '../../functions/src/reservations/extend-reservation.handler';
import { joinQueue as joinQueueHandler } from '../../functions/src/reservations/join-queue.handler';
import { releaseDueReservations } from '../../functions/src/reservations/release-due.handler';
import { reserveUnit } from '../../functions/src/reservations/reserve-unit.handler';
import { reservationMailId } from '../../functions/src/reservations/reservation-store';
import { saveReservationSettings } from '../../functions/src/reservations/save-settings.handler';
import { adminAuth } from '../support/admin';
import { contactDoc } from '../support/contacts';
import { uniqueEmail } from '../support/users';
import { isolatedDb } from './function-fixtures';

// The reservations handlers driven as their callables drive them (input parsed by the contract, the
// caller's claims), on a project of their own on the Firestore emulator: no trigger of the running
// functions emulator joins in, and the expiry runs at the time each test chooses.

type Answer<T> = { ok: true; data: T } | { ok: false; code: string; message: string; details: Record<string, unknown> };

type Handler = (deps: Deps, caller: Caller, input: never) => Promise<unknown>;

/** A callable's answer as the apps get it: the result, or the refusal with its reason and details. */
async function callAs<C extends CallableContract, T = ReservationResult>(
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

async function mustCallAs<C extends CallableContract, T = ReservationResult>(
  contract: C,
  handler: Handler,
  caller: Caller,
  data: unknown,
): Promise<T> {
  const answer = await callAs<C, T>(contract, handler, caller, data);
  if (!answer.ok) throw new Error(`${contract.name} refused: ${answer.message}`);
  return answer.data;
}

// Twenty concurrent transactions on one unit take longer than the suite's default on a shared machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const reservationConverter = converterOf(reservationModel);
const unitConverter = converterOf(unitModel);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let db: Firestore;
let tenantId: string;
let owner: Caller;
let manager: Caller & { email: string };
let otherManager: Caller;
const t = () => tenantId;
const deps = (): Deps => ({ db, auth: adminAuth(), links: appLinks(null), now: () => new Date(), local: null });

async function storeMember(role: StaffRole, displayName: string): Promise<Caller & { email: string }> {
  const uid = newId();
  const email = uniqueEmail(role);
  const now = new Date();
  await db.doc(paths.member(t(), uid)).withConverter(converterOf(memberModel)).set({
    uid,
    email,
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
  return { uid, email, claims: { tenantId: t(), role } };
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

/** A free unit written as the inventory stores it, in a project and building of its own. */
async function storeUnit(number: string): Promise<Unit> {
  const now = new Date();
  const id = newId();
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
    sections: [{ name: '1', floors: 10, positionsPerFloor: 4 }],
    createdAt: now,
    updatedAt: now,
  });
  const unit: Unit = {
    id,
    projectId: 'p1',
    buildingId: 'b1',
    section: '1',
    number,
    floor: 3,
    position: 2,
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
  await db.doc(paths.unit(t(), id)).withConverter(unitConverter).set(unit);
  return unit;
}

const readUnit = async (unitId: string): Promise<Unit | undefined> =>
  (await db.doc(paths.unit(t(), unitId)).withConverter(unitConverter).get()).data();
const readReservation = async (reservationId: string): Promise<Reservation | undefined> =>
  (await db.doc(paths.reservation(t(), reservationId)).withConverter(reservationConverter).get()).data();
const mailsTo = async (to: string, templateId: string): Promise<number> =>
  (
    await db.collection(paths.mails(t())).where('to', '==', to).where('templateId', '==', templateId).count().get()
  ).data().count;

function reserve(unitId: string, contactId: string | null, kind = 'offline', caller: Caller = manager) {
  return callAs(reserveUnitContract, reserveUnit, caller, { requestId: newId(), unitId, contactId, kind });
}

function mustReserve(unitId: string, contactId: string, kind = 'offline'): Promise<ReservationResult> {
  return mustCallAs(reserveUnitContract, reserveUnit, manager, { requestId: newId(), unitId, contactId, kind });
}

function joinQueue(unitId: string, contactId: string): Promise<ReservationResult> {
  return mustCallAs(joinQueueContract, joinQueueHandler, manager, { requestId: newId(), unitId, contactId });
}

const cancel = (reservationId: string, caller: Caller = manager) =>
  callAs(cancelReservationContract, cancelReservation, caller, { reservationId });

const SETTINGS = {
  terms: {
    online: { amount: 24, unit: 'hours' },
    offline: { amount: 3, unit: 'days' },
    mortgage: { amount: 14, unit: 'days' },
  },
  maxPerClient: 2,
  maxExtension: { amount: 2, unit: 'days' },
};

beforeAll(async () => {
  db = isolatedDb();
  tenantId = `reservations-${newId()}`;
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
  owner = await storeMember('owner', 'Ольга Владелец');
  manager = await storeMember('manager', 'Мария Менеджер');
  otherManager = await storeMember('manager', 'Олег Менеджер');
  await mustCallAs(saveReservationSettingsContract, saveReservationSettings, owner, SETTINGS);
});

describe('reserving a unit', () => {
  it('holds the unit for the offline term and writes its status and hold with the reservation', async () => {
    const unit = await storeUnit('101');
    const client = await storeContact('Петров');
    const before = Date.now();
    const result = await mustReserve(unit.id, client.id);
    expect(result.status).toBe('active');
    const until = new Date(result.until ?? 0).getTime();
    expect(until).toBeGreaterThanOrEqual(before + 3 * DAY - 5_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 3 * DAY + 5_000);
    const stored = await readUnit(unit.id);
    expect(stored?.status).toBe('reserved');
    expect(stored?.hold).toMatchObject({ reservationId: result.reservationId, contactId: client.id, kind: 'offline' });
    expect(await readReservation(result.reservationId)).toMatchObject({
      unitNumber: '101',
      projectName: 'ЖК Северный',
      buildingName: 'Корпус 1',
      contactName: 'Иван Петров',
      createdBy: manager.uid,
    });
  });

  it('answers a retried request with what the first created', async () => {
    const unit = await storeUnit('102');
    const client = await storeContact('Сидоров');
    const data = { requestId: newId(), unitId: unit.id, contactId: client.id, kind: 'mortgage' };
    const first = await mustCallAs(reserveUnitContract, reserveUnit, manager, data);
    const again = await mustCallAs(reserveUnitContract, reserveUnit, manager, data);
    expect(again).toEqual(first);
    const count = await db.collection(paths.reservations(t())).where('unitId', '==', unit.id).count().get();
    expect(count.data().count).toBe(1);
  });

  it('gives the unit to exactly one of 20 managers reserving it at once; the others learn who holds it until when', async () => {
    const unit = await storeUnit('103');
    const clients = await Promise.all(Array.from({ length: 20 }, (_, index) => storeContact(`Гонка${index}`)));
    const results = await Promise.all(
      clients.map((client, index) => reserve(unit.id, client.id, 'offline', index % 2 === 0 ? manager : otherManager)),
    );
    const winners = results.filter((result) => result.ok);
    expect(winners).toHaveLength(1);
    const stored = await readUnit(unit.id);
    expect(stored?.hold).not.toBeNull();
    for (const result of results) {
      if (result.ok) continue;
      expect(result.code).toBe('failed-precondition');
      expect(result.details).toMatchObject({
        reason: 'unit-reserved',
        holderName: stored?.hold?.contactName,
        until: stored?.hold?.until.toISOString(),
      });
      expect(result.message).toContain(stored?.hold?.contactName ?? '-');
    }
    const count = await db.collection(paths.reservations(t())).where('unitId', '==', unit.id).count().get();
    expect(count.data().count).toBe(1);
  });

  it("refuses a client past the tenant's maximum, queued reservations included", async () => {
    const client = await storeContact('Лимитов');
    const [a, b, c, d] = await Promise.all(['201', '202', '203', '204'].map((number) => storeUnit(number)));
    if (!a || !b || !c || !d) throw new Error('units');
    const holder = await storeContact('Держатель');
    await mustReserve(a.id, client.id);
    await mustReserve(b.id, holder.id);
    await joinQueue(b.id, client.id);
    const third = await reserve(c.id, client.id);
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.details).toMatchObject({ reason: 'client-limit-reached', max: 2 });
    expect((await readUnit(c.id))?.status).toBe('free');
    await mustReserve(d.id, holder.id);
  });

  it('refuses staff an online reservation and a unit not for sale', async () => {
    const unit = await storeUnit('205');
    const client = await storeContact('Онлайнов');
    const online = await reserve(unit.id, client.id, 'online');
    expect(online.ok ? null : online.details.reason).toBe('kind-not-allowed');
    await db.doc(paths.unit(t(), unit.id)).update({ status: 'notForSale' });
    const off = await reserve(unit.id, client.id);
    expect(off.ok ? null : off.details.reason).toBe('unit-not-available');
  });

  it('lets a signed-in client reserve online for themselves only, within the limit', async () => {
    const contact = await storeContact('Клиентов');
    const uid = newId();
    await db
      .doc(paths.contact(t(), contact.id))
      .update({ portal: { status: 'active', uid, invitedAt: new Date(), invitedBy: manager.uid } });
    const client: Caller = { uid, email: null, claims: { tenantId: t(), role: 'client', contactId: contact.id } };
    const [u1, u2, u3] = await Promise.all(['301', '302', '303'].map((number) => storeUnit(number)));
    if (!u1 || !u2 || !u3) throw new Error('units');
    const other = await storeContact('Чужой');

    const offline = await reserve(u1.id, contact.id, 'offline', client);
    expect(offline.ok ? null : offline.details.reason).toBe('kind-not-allowed');
    // The contact named is ignored: a client reserves for themselves.
    const mine = await mustCallAs(reserveUnitContract, reserveUnit, client, {
      requestId: newId(),
      unitId: u1.id,
      contactId: other.id,
      kind: 'online',
    });
    const stored = await readReservation(mine.reservationId);
    expect(stored).toMatchObject({ contactId: contact.id, kind: 'online', createdBy: uid });
    expect((stored?.until?.getTime() ?? 0) - (stored?.start?.getTime() ?? 0)).toBe(24 * HOUR);
    await mustCallAs(reserveUnitContract, reserveUnit, client, {
      requestId: newId(),
      unitId: u2.id,
      contactId: null,
      kind: 'online',
    });
    const third = await reserve(u3.id, null, 'online', client);
    expect(third.ok ? null : third.details.reason).toBe('client-limit-reached');

    // Their own cancels; another's is unknown to them.
    const foreign = await mustReserve(u3.id, other.id);
    const refused = await cancel(foreign.reservationId, client);
    expect(refused.ok ? null : refused.details.reason).toBe('reservation-not-found');
    expect((await cancel(mine.reservationId, client)).ok).toBe(true);
    expect((await readUnit(u1.id))?.status).toBe('free');
  });
});

describe('extending', () => {
  it("extends within the tenant's limit and asks for the head of sales' approval beyond it", async () => {
    const unit = await storeUnit('401');
    const client = await storeContact('Продлев');
    const reserved = await mustReserve(unit.id, client.id);
    const once = await mustCallAs(extendReservationContract, extendReservation, manager, {
      reservationId: reserved.reservationId,
      by: { amount: 1, unit: 'days' },
    });
    expect(new Date(once.until ?? 0).getTime() - new Date(reserved.until ?? 0).getTime()).toBe(DAY);
    expect((await readUnit(unit.id))?.hold?.until.toISOString()).toBe(once.until);
    const beyond = await callAs(extendReservationContract, extendReservation, manager, {
      reservationId: reserved.reservationId,
      by: { amount: 25, unit: 'hours' },
    });
    expect(beyond.ok).toBe(false);
    if (!beyond.ok) {
      expect(beyond.details).toMatchObject({ reason: 'extension-needs-approval', maxExtensionHours: 48 });
      expect(beyond.message).toContain('approval');
    }
    const stored = await readReservation(reserved.reservationId);
    expect(stored?.extensions).toHaveLength(1);
    expect(stored?.until?.toISOString()).toBe(once.until);
  });
});

describe('expiry and the queue', () => {
  it('expires at the term, hands the unit to the first queued with a fresh term, mails once, and a replay changes nothing', async () => {
    const unit = await storeUnit('501');
    const [holder, first, second] = await Promise.all([
      storeContact('Первый'),
      storeContact('Второй'),
      storeContact('Третий'),
    ]);
    const reserved = await mustReserve(unit.id, holder.id);
    const queuedFirst = await joinQueue(unit.id, first.id);
    const queuedSecond = await joinQueue(unit.id, second.id);
    expect(queuedFirst).toMatchObject({ status: 'queued', queuePosition: 1, until: null });
    expect(queuedSecond.queuePosition).toBe(2);

    const until = new Date(reserved.until ?? 0);
    // A second before its end it stays (the run may release the earlier tests' reservations).
    await releaseDueReservations(deps(), new Date(until.getTime() - 1_000));
    expect((await readReservation(reserved.reservationId))?.status).toBe('active');

    const runAt = new Date(until.getTime() + 30_000);
    const run = await releaseDueReservations(deps(), runAt, { pageSize: 3 });
    expect(run.released).toBeGreaterThanOrEqual(1);
    expect(run.complete).toBe(true);
    expect(await readReservation(reserved.reservationId)).toMatchObject({
      status: 'expired',
      endedAt: runAt,
      endedBy: 'system',
    });
    const promotedReservation = await readReservation(queuedFirst.reservationId);
    expect(promotedReservation).toMatchObject({ status: 'active', start: runAt, queuePosition: null });
    expect(promotedReservation?.until?.getTime()).toBe(runAt.getTime() + 3 * DAY);
    expect((await readReservation(queuedSecond.reservationId))?.status).toBe('queued');
    const stored = await readUnit(unit.id);
    expect(stored?.status).toBe('reserved');
    expect(stored?.hold).toMatchObject({ reservationId: queuedFirst.reservationId, contactId: first.id });

    const holderEmail = holder.emails[0]?.address ?? '';
    const firstEmail = first.emails[0]?.address ?? '';
    expect(await mailsTo(holderEmail, 'reservation-ended')).toBe(1);
    expect(await mailsTo(firstEmail, 'reservation-granted')).toBe(1);
    expect(await mailsTo(manager.email, 'reservation-update')).toBeGreaterThanOrEqual(2);
    const managerMails = async () =>
      (
        await Promise.all(
          [
            reservationMailId(reserved.reservationId, 'expired', 'agent'),
            reservationMailId(queuedFirst.reservationId, 'granted', 'agent'),
          ].map((id) => db.doc(paths.mail(t(), id)).get()),
        )
      ).map((snapshot) => snapshot.get('to') as string | undefined);
    expect(await managerMails()).toEqual([manager.email, manager.email]);
    const history = await db.doc(paths.historyEntry(t(), `reservation-${reserved.reservationId}-expired`)).get();
    expect(history.get('type')).toBe('reservation');
    expect(history.get('contactIds')).toEqual([holder.id]);

    const replay = await releaseDueReservations(deps(), runAt);
    expect(replay).toMatchObject({ released: 0, promoted: 0 });
    expect(await mailsTo(holderEmail, 'reservation-ended')).toBe(1);
    expect(await mailsTo(firstEmail, 'reservation-granted')).toBe(1);
    expect((await readReservation(queuedFirst.reservationId))?.until?.getTime()).toBe(runAt.getTime() + 3 * DAY);

    // Cancelling the promoted one hands the unit to the next in the queue, told by mail.
    expect((await cancel(queuedFirst.reservationId, otherManager)).ok).toBe(true);
    expect((await readReservation(queuedSecond.reservationId))?.status).toBe('active');
    expect((await readUnit(unit.id))?.hold?.contactId).toBe(second.id);
    expect(await mailsTo(second.emails[0]?.address ?? '', 'reservation-granted')).toBe(1);
    expect(await mailsTo(firstEmail, 'reservation-ended')).toBe(1);

    // The last one ends with nobody queued: the unit is free again.
    const last = await readReservation(queuedSecond.reservationId);
    await releaseDueReservations(deps(), new Date((last?.until?.getTime() ?? 0) + 1_000));
    expect((await readReservation(queuedSecond.reservationId))?.status).toBe('expired');
    const freed = await readUnit(unit.id);
    expect(freed).toMatchObject({ status: 'free', hold: null });
  });

  it('leaves a reservation extended or cancelled meanwhile as it is', async () => {
    const unit = await storeUnit('502');
    const client = await storeContact('Отменов');
    const reserved = await mustReserve(unit.id, client.id);
    expect((await cancel(reserved.reservationId)).ok).toBe(true);
    const again = await mustCallAs(cancelReservationContract, cancelReservation, manager, {
      reservationId: reserved.reservationId,
    });
    expect(again.status).toBe('cancelled');
    await releaseDueReservations(deps(), new Date(new Date(reserved.until ?? 0).getTime() + 1_000));
    expect((await readReservation(reserved.reservationId))?.status).toBe('cancelled');
    expect(await mailsTo(client.emails[0]?.address ?? '', 'reservation-ended')).toBe(1);
  });

  it('refuses to queue for a free unit or twice, and keeps queues for offline reservations', async () => {
    const [free, mortgage, held] = await Promise.all(['601', '602', '603'].map((number) => storeUnit(number)));
    if (!free || !mortgage || !held) throw new Error('units');
    const [a, b] = await Promise.all([storeContact('Очередь'), storeContact('Ипотека')]);
    const queueFor = (unitId: string, contactId: string) =>
      callAs(joinQueueContract, joinQueueHandler, manager, { requestId: newId(), unitId, contactId });
    expect((await queueFor(free.id, a.id)).ok ? null : 'refused').toBe('refused');
    await mustReserve(mortgage.id, b.id, 'mortgage');
    const behindMortgage = await queueFor(mortgage.id, a.id);
    expect(behindMortgage.ok ? null : behindMortgage.details.reason).toBe('queue-offline-only');
    await mustReserve(held.id, b.id);
    const self = await queueFor(held.id, b.id);
    expect(self.ok ? null : self.details.reason).toBe('already-holder');
    await joinQueue(held.id, a.id);
    const twice = await queueFor(held.id, a.id);
    expect(twice.ok ? null : twice.details.reason).toBe('already-queued');
  });
});

describe('settings', () => {
  it('are saved by the owner only and validated', async () => {
    const refused = await callAs(saveReservationSettingsContract, saveReservationSettings, manager, {
      ...SETTINGS,
      maxPerClient: 5,
    });
    expect(refused.ok ? null : refused.details.reason).toBe('not-team-manager');
    const invalid = await callAs(saveReservationSettingsContract, saveReservationSettings, owner, {
      ...SETTINGS,
      terms: { ...SETTINGS.terms, online: { amount: 0, unit: 'hours' } },
    });
    expect(invalid.ok ? null : invalid.code).toBe('invalid-argument');
    expect((await db.doc(paths.reservationSettings(t())).get()).get('maxPerClient')).toBe(2);
  });
});
