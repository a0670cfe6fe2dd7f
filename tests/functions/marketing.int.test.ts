import {
  bookingModel,
  channelReport,
  deleteChannelContract,
  issueBookingContract,
  MARKETING_CHANNELS_MAX,
  marketingChannelModel,
  monthOf,
  paths,
  recordPaymentContract,
  reportCounterModel,
  reservationModel,
  reserveUnitContract,
  saveChannelContract,
  cancelReservationContract,
  type Booking,
  type BookingResult,
  type Reservation,
  type ReservationResult,
} from '@estate/domain';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { issueBooking } from '../../functions/src/bookings/issue-booking.handler';
import { recordPayment } from '../../functions/src/bookings/record-payment.handler';
import type { Caller } from '../../functions/src/lib/caller';
import { converterOf } from '../../functions/src/lib/converters';
import {
  countBookingWritten,
  countContactCreated,
  countReservationWritten,
} from '../../functions/src/marketing/count-report-events.handler';
import { deleteChannel } from '../../functions/src/marketing/delete-channel.handler';
import { saveChannel } from '../../functions/src/marketing/save-channel.handler';
import { cancelReservation } from '../../functions/src/reservations/cancel-reservation.handler';
import { reserveUnit } from '../../functions/src/reservations/reserve-unit.handler';
import { newBuildTenant, newId, type NewBuildTenant } from './newbuild-fixtures';

// The marketing callables and the report counters, driven as the callables and triggers drive them, on
// a developer tenant of their own (no trigger of the running functions emulator fires there, so each
// count happens exactly when the test calls its handler, replays included).

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const ORIGINS = [
  { id: 'site-web', label: 'Site web', active: true },
  { id: 'portail', label: 'Portail immobilier', active: true },
  { id: 'panneau', label: 'Panneau', active: true },
];
const DAY = 24 * 3_600_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

let tenant: NewBuildTenant;
let owner: Caller;
let admin: Caller;
let manager: Caller;

const channelInput = (channelId: string, originIds: string[], costs: Record<string, number> = {}) => ({
  channelId,
  name: `Canal ${channelId}`,
  originIds,
  costs,
});
const readChannel = async (channelId: string) =>
  (
    await tenant.db
      .doc(paths.marketingChannel(tenant.tenantId, channelId))
      .withConverter(converterOf(marketingChannelModel))
      .get()
  ).data();
const readCounter = async (month: string) =>
  (
    await tenant.db
      .doc(paths.reportCounter(tenant.tenantId, month))
      .withConverter(converterOf(reportCounterModel))
      .get()
  ).data();
const readReservation = async (id: string) =>
  (
    await tenant.db.doc(paths.reservation(tenant.tenantId, id)).withConverter(converterOf(reservationModel)).get()
  ).data() as Reservation;
const readBooking = async (id: string) =>
  (
    await tenant.db.doc(paths.booking(tenant.tenantId, id)).withConverter(converterOf(bookingModel)).get()
  ).data() as Booking;

async function contactFrom(originId: string | null, lastName: string) {
  const contact = await tenant.storeContact(lastName, manager.uid);
  await tenant.db.doc(paths.contact(tenant.tenantId, contact.id)).update({ originId });
  return { ...contact, originId };
}

beforeAll(async () => {
  tenant = await newBuildTenant('marketing');
  owner = await tenant.storeMember('owner', 'Ольга Владелец');
  admin = await tenant.storeMember('admin', 'Анна Админ');
  manager = await tenant.storeMember('manager', 'Максим Менеджер');
  await tenant.db
    .doc(paths.contactsSettings(tenant.tenantId))
    .set({ visibility: 'shared', origins: ORIGINS, updatedAt: new Date() });
});

describe('marketing-saveChannel and -deleteChannel', () => {
  it('lets the owner create a channel and an admin change its costs, keeping when it was created', async () => {
    await tenant.mustCallAs(
      saveChannelContract,
      saveChannel,
      owner,
      channelInput('ads', ['site-web'], { '2026-01': 900 }),
    );
    const created = await readChannel('ads');
    expect(created).toMatchObject({
      name: 'Canal ads',
      originIds: ['site-web'],
      costs: { '2026-01': 900 },
      updatedBy: owner.uid,
    });

    await tenant.mustCallAs(
      saveChannelContract,
      saveChannel,
      admin,
      channelInput('ads', ['site-web', 'portail'], { '2026-01': 900, '2026-02': 1_200 }),
    );
    const edited = await readChannel('ads');
    expect(edited).toMatchObject({
      originIds: ['site-web', 'portail'],
      costs: { '2026-01': 900, '2026-02': 1_200 },
      updatedBy: admin.uid,
    });
    expect(edited?.createdAt.getTime()).toBe(created?.createdAt.getTime());
  });

  it('refuses a manager, an origin the agency does not have and an origin another channel brings', async () => {
    const byManager = await tenant.callAs(
      saveChannelContract,
      saveChannel,
      manager,
      channelInput('board', ['panneau']),
    );
    expect(byManager).toMatchObject({ ok: false, code: 'permission-denied', details: { reason: 'not-team-manager' } });

    const unknown = await tenant.callAs(saveChannelContract, saveChannel, owner, channelInput('board', ['radio']));
    expect(unknown).toMatchObject({ ok: false, details: { reason: 'origin-unknown', originIds: ['radio'] } });

    const taken = await tenant.callAs(
      saveChannelContract,
      saveChannel,
      owner,
      channelInput('board', ['panneau', 'portail']),
    );
    expect(taken).toMatchObject({
      ok: false,
      details: { reason: 'origin-taken', channelName: 'Canal ads', originIds: ['portail'] },
    });
    expect(await readChannel('board')).toBeUndefined();
  });

  it('refuses malformed costs before the handler', async () => {
    const answer = await tenant.callAs(
      saveChannelContract,
      saveChannel,
      owner,
      channelInput('x', ['panneau'], { '2026-1': 5 }),
    );
    expect(answer).toMatchObject({ ok: false, code: 'invalid-argument' });
  });

  it('lets exactly one of two channels claiming the same origin at once be saved', async () => {
    const answers = await Promise.all(
      ['race-a', 'race-b'].map((id) =>
        tenant.callAs(saveChannelContract, saveChannel, owner, channelInput(id, ['panneau'])),
      ),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.filter((answer) => !answer.ok)).toMatchObject([{ details: { reason: 'origin-taken' } }]);
    const winner = answers[0]?.ok ? 'race-a' : 'race-b';
    await tenant.mustCallAs(deleteChannelContract, deleteChannel, owner, { channelId: winner });
    expect(await readChannel(winner)).toBeUndefined();
  });

  it('deletes for the head of sales only, and says when the channel is gone', async () => {
    await tenant.mustCallAs(saveChannelContract, saveChannel, owner, channelInput('board', ['panneau']));
    expect(await tenant.callAs(deleteChannelContract, deleteChannel, manager, { channelId: 'board' })).toMatchObject({
      ok: false,
      details: { reason: 'not-team-manager' },
    });
    await tenant.mustCallAs(deleteChannelContract, deleteChannel, admin, { channelId: 'board' });
    expect(await tenant.callAs(deleteChannelContract, deleteChannel, admin, { channelId: 'board' })).toMatchObject({
      ok: false,
      code: 'not-found',
      details: { reason: 'channel-not-found' },
    });
  });

  it('refuses a channel past the maximum', async () => {
    const full = await newBuildTenant('marketing-full');
    const head = await full.storeMember('owner', 'Ольга');
    await full.db
      .doc(paths.contactsSettings(full.tenantId))
      .set({ visibility: 'shared', origins: ORIGINS, updatedAt: new Date() });
    const batch = full.db.batch();
    for (let index = 0; index < MARKETING_CHANNELS_MAX; index += 1) {
      batch.set(
        full.db
          .doc(paths.marketingChannel(full.tenantId, `c${index}`))
          .withConverter(converterOf(marketingChannelModel)),
        {
          id: `c${index}`,
          name: `Canal ${index}`,
          originIds: [`o${index}`],
          costs: {},
          createdAt: new Date(),
          updatedAt: new Date(),
          updatedBy: head.uid,
        },
      );
    }
    await batch.commit();
    expect(
      await full.callAs(saveChannelContract, saveChannel, head, channelInput('one-more', ['site-web'])),
    ).toMatchObject({
      ok: false,
      code: 'resource-exhausted',
      details: { reason: 'channels-full' },
    });
    await full.mustCallAs(saveChannelContract, saveChannel, head, { ...channelInput('c0', ['site-web']) });
  });
});

describe('report counters', () => {
  it('counts a lead once per contact, however often and concurrently the event comes', async () => {
    const contact = await contactFrom('site-web', 'Лидов');
    const month = monthOf(contact.createdAt);
    const before = (await readCounter(month))?.leads['site-web'] ?? 0;
    const counted = await Promise.all(
      Array.from({ length: 20 }, () => countContactCreated(tenant.deps(), tenant.tenantId, contact)),
    );
    expect(counted.filter(Boolean)).toHaveLength(1);
    expect((await readCounter(month))?.leads['site-web']).toBe(before + 1);
    expect(await countContactCreated(tenant.deps(), tenant.tenantId, { ...contact, id: newId(), originId: null })).toBe(
      false,
    );
  });

  it('counts a reservation under its project and status, then moves it when it ends, once each', async () => {
    const client = await contactFrom('portail', 'Резервов');
    const unit = await tenant.storeUnit('101');
    const { reservationId } = await tenant.mustCallAs<ReservationResult>(reserveUnitContract, reserveUnit, manager, {
      requestId: newId(),
      unitId: unit.id,
      contactId: client.id,
      kind: 'offline',
    });
    const made = await readReservation(reservationId);
    const month = monthOf(made.createdAt);
    expect(await countReservationWritten(tenant.deps(), tenant.tenantId, null, made)).toBe(true);
    let counter = await readCounter(month);
    expect(counter?.reservations[made.projectId]).toMatchObject({ projectName: made.projectName, active: 1 });
    expect(counter?.originReservations.portail).toBe(1);

    await tenant.mustCallAs(cancelReservationContract, cancelReservation, manager, { reservationId });
    const cancelled = await readReservation(reservationId);
    expect(await countReservationWritten(tenant.deps(), tenant.tenantId, made, cancelled)).toBe(true);
    // Replays of both events, and an edit that keeps the status, change nothing.
    expect(await countReservationWritten(tenant.deps(), tenant.tenantId, null, made)).toBe(false);
    expect(await countReservationWritten(tenant.deps(), tenant.tenantId, made, cancelled)).toBe(false);
    expect(await countReservationWritten(tenant.deps(), tenant.tenantId, cancelled, cancelled)).toBe(false);
    counter = await readCounter(month);
    expect(counter?.reservations[made.projectId]).toMatchObject({ active: 0, cancelled: 1 });
    expect(counter?.originReservations.portail).toBe(1);
  });

  it('counts a paid offer as a sale of its building and its client’s origin, in the month paid, once', async () => {
    const buyer = await contactFrom('site-web', 'Покупателев');
    const unit = await tenant.storeUnit('102');
    const issued = await tenant.mustCallAs<BookingResult>(issueBookingContract, issueBooking, manager, {
      requestId: newId(),
      unitId: unit.id,
      contactId: buyer.id,
      validUntil: day(3),
    });
    const open = await readBooking(issued.bookingId);
    expect(await countBookingWritten(tenant.deps(), tenant.tenantId, null, open)).toBe(false);
    await tenant.mustCallAs(recordPaymentContract, recordPayment, manager, {
      bookingId: issued.bookingId,
      amount: 50_000,
      paidOn: day(0),
      reference: 'ПП 7',
    });
    const paid = await readBooking(issued.bookingId);
    const month = monthOf(paid.paidAt as Date);
    const before = await readCounter(month);
    expect(await countBookingWritten(tenant.deps(), tenant.tenantId, open, paid)).toBe(true);
    expect(await countBookingWritten(tenant.deps(), tenant.tenantId, open, paid)).toBe(false);
    expect(await countBookingWritten(tenant.deps(), tenant.tenantId, paid, paid)).toBe(false);
    const counter = await readCounter(month);
    expect(counter?.sales[paid.buildingId]).toMatchObject({
      projectId: paid.projectId,
      projectName: paid.projectName,
      buildingName: paid.buildingName,
      count: (before?.sales[paid.buildingId]?.count ?? 0) + 1,
      amount: (before?.sales[paid.buildingId]?.amount ?? 0) + paid.price,
    });
    expect(counter?.originSales['site-web']).toBe((before?.originSales['site-web'] ?? 0) + 1);

    // The channel bringing that origin shows the month's cost per lead and per sale.
    const channel = await readChannel('ads');
    if (!channel || !counter) throw new Error('the channel and the counter are there');
    const costed = { ...channel, costs: { [month]: 3_000 } };
    const [row] = channelReport([costed], [counter], [month]).rows;
    const leads = (counter.leads['site-web'] ?? 0) + (counter.leads.portail ?? 0);
    expect(row).toMatchObject({ leads, sales: 1, cost: 3_000, costPerSale: 3_000 });
    expect(row?.costPerLead).toBe(Math.round((3_000 / leads) * 100) / 100);
  });
});
