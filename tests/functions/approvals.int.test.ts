import {
  approvalModel,
  cancelReservationContract,
  changePricesContract,
  decideApprovalContract,
  extendReservationContract,
  paths,
  requestApprovalContract,
  reservationModel,
  reserveUnitContract,
  saveProjectContract,
  saveReservationSettingsContract,
  saveUnitContract,
  unitHistoryEntryModel,
  withdrawApprovalContract,
  type Approval,
  type ApprovalResult,
  type Reservation,
  type ReservationResult,
  type Unit,
} from '@estate/domain';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decideApproval } from '../../functions/src/approvals/decide-approval.handler';
import { requestApproval } from '../../functions/src/approvals/request-approval.handler';
import { withdrawApproval } from '../../functions/src/approvals/withdraw-approval.handler';
import type { Caller } from '../../functions/src/lib/caller';
import { converterOf } from '../../functions/src/lib/converters';
import { changePrices } from '../../functions/src/projects/change-prices.handler';
import { saveProject } from '../../functions/src/projects/save-project.handler';
import { saveUnit } from '../../functions/src/projects/save-unit.handler';
import { cancelReservation } from '../../functions/src/reservations/cancel-reservation.handler';
import { extendReservation } from '../../functions/src/reservations/extend-reservation.handler';
import { reserveUnit } from '../../functions/src/reservations/reserve-unit.handler';
import { saveReservationSettings } from '../../functions/src/reservations/save-settings.handler';
import { newBuildTenant, newId, type NewBuildTenant } from './newbuild-fixtures';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const DAY = 24 * 3_600_000;
const approvalConverter = converterOf(approvalModel);
const reservationConverter = converterOf(reservationModel);

let tenant: NewBuildTenant;
let owner: Caller & { email: string };
let admin: Caller & { email: string };
let manager: Caller & { email: string };
let otherManager: Caller & { email: string };

const readApproval = async (id: string): Promise<Approval | undefined> =>
  (await tenant.db.doc(paths.approval(tenant.tenantId, id)).withConverter(approvalConverter).get()).data();
const readReservation = async (id: string): Promise<Reservation | undefined> =>
  (await tenant.db.doc(paths.reservation(tenant.tenantId, id)).withConverter(reservationConverter).get()).data();

async function reservedUnit(number: string): Promise<{ unit: Unit; reservation: ReservationResult }> {
  const unit = await tenant.storeUnit(number);
  const client = await tenant.storeContact('Клиентов', manager.uid);
  const reservation = await tenant.mustCallAs<ReservationResult>(reserveUnitContract, reserveUnit, manager, {
    requestId: newId(),
    unitId: unit.id,
    contactId: client.id,
    kind: 'offline',
  });
  return { unit, reservation };
}

const askExtension = (reservationId: string, requestId = newId(), days = 5, caller: Caller = manager) =>
  tenant.callAs<ApprovalResult>(requestApprovalContract, requestApproval, caller, {
    requestId,
    action: { kind: 'reservationExtension', reservationId, by: { amount: days, unit: 'days' } },
    reason: 'Клиент ждёт одобрения ипотеки',
  });

const decide = (approvalId: string, decision: 'approve' | 'reject', caller: Caller = owner, note = '') =>
  tenant.callAs<ApprovalResult>(decideApprovalContract, decideApproval, caller, { approvalId, decision, note });

beforeAll(async () => {
  tenant = await newBuildTenant('approvals');
  owner = await tenant.storeMember('owner', 'Ольга Владелец');
  admin = await tenant.storeMember('admin', 'Антон Админ');
  manager = await tenant.storeMember('manager', 'Мария Менеджер');
  otherManager = await tenant.storeMember('manager', 'Олег Менеджер');
  await tenant.mustCallAs(saveReservationSettingsContract, saveReservationSettings, owner, {
    terms: {
      online: { amount: 24, unit: 'hours' },
      offline: { amount: 3, unit: 'days' },
      mortgage: { amount: 14, unit: 'days' },
    },
    maxPerClient: 5,
    maxExtension: { amount: 2, unit: 'days' },
  });
});

describe('an extension beyond the limit', () => {
  it('is asked of the head of sales, who is mailed once, and approving it extends the reservation', async () => {
    const { reservation } = await reservedUnit('101');
    const refused = await tenant.callAs(extendReservationContract, extendReservation, manager, {
      reservationId: reservation.reservationId,
      by: { amount: 5, unit: 'days' },
    });
    expect(refused.ok ? null : refused.details.reason).toBe('extension-needs-approval');

    const requestId = newId();
    const asked = await askExtension(reservation.reservationId, requestId);
    expect(asked).toMatchObject({ ok: true, data: { status: 'pending', outcome: null } });
    const retried = await askExtension(reservation.reservationId, requestId);
    expect(retried).toMatchObject({ ok: true, data: { id: requestId, status: 'pending' } });
    const again = await askExtension(reservation.reservationId);
    expect(again.ok ? null : again.details.reason).toBe('already-pending');
    expect(await tenant.mailsTo(owner.email, 'approval-requested')).toBe(1);
    expect(await tenant.mailsTo(admin.email, 'approval-requested')).toBe(1);
    expect(await tenant.mailsTo(manager.email, 'approval-requested')).toBe(0);
    expect(await readApproval(requestId)).toMatchObject({
      unitNumber: '101',
      projectName: 'ЖК Северный',
      contactName: 'Иван Клиентов',
      requestedBy: manager.uid,
      current: { until: new Date(reservation.until ?? 0), price: null },
    });

    const notApprover = await decide(requestId, 'approve', otherManager);
    expect(notApprover.ok ? null : notApprover.details.reason).toBe('not-approver');
    const approved = await decide(requestId, 'approve', owner, 'Согласовано до понедельника');
    expect(approved).toMatchObject({ ok: true, data: { status: 'approved', outcome: 'applied' } });
    const extended = await readReservation(reservation.reservationId);
    expect(extended?.until?.getTime()).toBe(new Date(reservation.until ?? 0).getTime() + 5 * DAY);
    expect(extended?.extensions).toEqual([expect.objectContaining({ by: owner.uid })]);
    expect((await tenant.readUnit(extended?.unitId ?? ''))?.hold?.until.getTime()).toBe(extended?.until?.getTime());
    expect(await tenant.mailsTo(manager.email, 'approval-decided')).toBe(1);

    const twice = await decide(requestId, 'approve');
    expect(twice.ok ? null : twice.details.reason).toBe('approval-decided');
    expect((await readReservation(reservation.reservationId))?.extensions).toHaveLength(1);
    expect(await tenant.mailsTo(manager.email, 'approval-decided')).toBe(1);
  });

  it('needs no approval from the head of sales, who extends directly, nor within the limit', async () => {
    const { reservation } = await reservedUnit('102');
    const asked = await askExtension(reservation.reservationId, newId(), 5, owner);
    expect(asked.ok ? null : asked.details.reason).toBe('no-approval-needed');
    const extended = await tenant.callAs<ReservationResult>(extendReservationContract, extendReservation, owner, {
      reservationId: reservation.reservationId,
      by: { amount: 5, unit: 'days' },
    });
    expect(extended.ok).toBe(true);
    const fresh = await reservedUnit('105');
    const withinLimit = await askExtension(fresh.reservation.reservationId, newId(), 1);
    expect(withinLimit.ok ? null : withinLimit.details.reason).toBe('no-approval-needed');
  });

  it('approved after the reservation ended, is kept as not applicable and changes nothing', async () => {
    const { reservation } = await reservedUnit('103');
    const requestId = newId();
    expect((await askExtension(reservation.reservationId, requestId)).ok).toBe(true);
    await tenant.mustCallAs(cancelReservationContract, cancelReservation, manager, {
      reservationId: reservation.reservationId,
    });
    const approved = await decide(requestId, 'approve', admin);
    expect(approved).toMatchObject({ ok: true, data: { status: 'approved', outcome: 'not-applicable' } });
    const stored = await readReservation(reservation.reservationId);
    expect(stored?.status).toBe('cancelled');
    expect(stored?.extensions).toHaveLength(0);
  });

  it('rejected, changes nothing and tells the requester; a withdrawn one cannot be decided', async () => {
    const { reservation } = await reservedUnit('104');
    const rejectedId = newId();
    expect((await askExtension(reservation.reservationId, rejectedId)).ok).toBe(true);
    const mailsBefore = await tenant.mailsTo(manager.email, 'approval-decided');
    expect(await decide(rejectedId, 'reject', owner, 'Нет')).toMatchObject({ ok: true, data: { status: 'rejected' } });
    expect((await readReservation(reservation.reservationId))?.extensions).toHaveLength(0);
    expect(await tenant.mailsTo(manager.email, 'approval-decided')).toBe(mailsBefore + 1);
    expect((await readApproval(rejectedId))?.decisionNote).toBe('Нет');

    const withdrawnId = newId();
    expect((await askExtension(reservation.reservationId, withdrawnId)).ok).toBe(true);
    const notTheirs = await tenant.callAs(withdrawApprovalContract, withdrawApproval, otherManager, {
      approvalId: withdrawnId,
    });
    expect(notTheirs.ok ? null : notTheirs.details.reason).toBe('not-requester');
    const withdrawn = await tenant.callAs<ApprovalResult>(withdrawApprovalContract, withdrawApproval, manager, {
      approvalId: withdrawnId,
    });
    expect(withdrawn).toMatchObject({ ok: true, data: { status: 'withdrawn' } });
    const late = await decide(withdrawnId, 'approve');
    expect(late.ok ? null : late.details.reason).toBe('approval-decided');
  });
});

describe('a price below the floor', () => {
  const unitInput = (unit: Unit, price: number) => {
    const { id: _id, priceFixed: _fixed, hold: _hold, createdAt: _created, updatedAt: _updated, ...input } = unit;
    return { unitId: unit.id, unit: { ...input, price } };
  };

  it('is refused to a manager, asked, and set by the approval with its history entry', async () => {
    // 50 m² at a floor of 160 000 per m²: 8 000 000.
    const unit = await tenant.storeUnit('201', {}, 160_000);
    const refused = await tenant.callAs(saveUnitContract, saveUnit, manager, unitInput(unit, 7_900_000));
    expect(refused.ok ? null : refused.details).toMatchObject({ reason: 'price-below-floor', floorPrice: 8_000_000 });
    const allowed = await tenant.callAs(saveUnitContract, saveUnit, manager, unitInput(unit, 8_000_000));
    expect(allowed.ok).toBe(true);

    const requestId = newId();
    const asked = await tenant.callAs<ApprovalResult>(requestApprovalContract, requestApproval, manager, {
      requestId,
      action: { kind: 'priceBelowFloor', unitId: unit.id, price: 7_900_000 },
      reason: 'Последняя квартира на этаже',
    });
    expect(asked.ok).toBe(true);
    expect(await readApproval(requestId)).toMatchObject({ floorPrice: 8_000_000, current: { price: 8_000_000 } });
    expect(await decide(requestId, 'approve', admin)).toMatchObject({ ok: true, data: { outcome: 'applied' } });
    expect((await tenant.readUnit(unit.id))?.price).toBe(7_900_000);
    const history = await tenant.db
      .collection(paths.unitHistory(tenant.tenantId, unit.id))
      .withConverter(converterOf(unitHistoryEntryModel))
      .where('source', '==', 'approval')
      .get();
    expect(history.docs.map((doc) => doc.data())).toEqual([
      expect.objectContaining({ kind: 'price', priceBefore: 8_000_000, priceAfter: 7_900_000, authorUid: admin.uid }),
    ]);

    const notBelow = await tenant.callAs(requestApprovalContract, requestApproval, manager, {
      requestId: newId(),
      action: { kind: 'priceBelowFloor', unitId: unit.id, price: 8_100_000 },
      reason: 'Выше пола',
    });
    expect(notBelow.ok ? null : notBelow.details.reason).toBe('no-approval-needed');
  });

  it('is skipped for a manager in a bulk change, applied for the head of sales', async () => {
    const unit = await tenant.storeUnit('202', {}, 160_000);
    const change = {
      buildingId: 'b1',
      change: { mode: 'percent', value: -10 },
      units: [{ unitId: unit.id, price: unit.price }],
    };
    const byManager = await tenant.mustCallAs<{ changed: number; skipped: unknown[] }>(
      changePricesContract,
      changePrices,
      manager,
      change,
    );
    expect(byManager).toEqual({ changed: 0, skipped: [{ unitId: unit.id, reason: 'below-floor' }] });
    const byOwner = await tenant.mustCallAs<{ changed: number }>(changePricesContract, changePrices, owner, change);
    expect(byOwner.changed).toBe(1);
    expect((await tenant.readUnit(unit.id))?.price).toBe(7_650_000);
  });

  it("is the head of sales' to set: a manager saving the project cannot move it", async () => {
    await tenant.storeUnit('203', {}, 160_000);
    const project = {
      name: 'ЖК Северный',
      address: 'ул. Лесная, 5',
      city: 'Москва',
      latitude: null,
      longitude: null,
      completion: { year: 2027, quarter: 4 },
      stage: 'construction',
      description: '',
    };
    const lowered = await tenant.callAs(saveProjectContract, saveProject, manager, {
      projectId: 'p1',
      project: { ...project, floorPricePerSquareMetre: 100_000 },
    });
    expect(lowered.ok ? null : lowered.details.reason).toBe('floor-head-of-sales-only');
    const kept = await tenant.callAs(saveProjectContract, saveProject, manager, {
      projectId: 'p1',
      project: { ...project, floorPricePerSquareMetre: 160_000, description: 'Обновлено' },
    });
    expect(kept.ok).toBe(true);
    const byOwner = await tenant.callAs(saveProjectContract, saveProject, owner, {
      projectId: 'p1',
      project: { ...project, floorPricePerSquareMetre: null },
    });
    expect(byOwner.ok).toBe(true);
  });
});
