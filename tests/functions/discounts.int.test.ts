import {
  approvalModel,
  bookingModel,
  decideApprovalContract,
  issueBookingContract,
  paths,
  requestApprovalContract,
  saveDiscountSettingsContract,
  type Approval,
  type ApprovalResult,
  type Booking,
  type BookingDiscountInput,
  type BookingResult,
  type Unit,
} from '@estate/domain';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decideApproval } from '../../functions/src/approvals/decide-approval.handler';
import { requestApproval } from '../../functions/src/approvals/request-approval.handler';
import { issueBooking } from '../../functions/src/bookings/issue-booking.handler';
import { saveDiscountSettings } from '../../functions/src/discounts/save-settings.handler';
import type { Caller } from '../../functions/src/lib/caller';
import { converterOf } from '../../functions/src/lib/converters';
import { newBuildTenant, newId, type NewBuildTenant } from './newbuild-fixtures';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const approvalConverter = converterOf(approvalModel);
const bookingConverter = converterOf(bookingModel);

let tenant: NewBuildTenant;
let owner: Caller & { email: string };
let admin: Caller & { email: string };
let manager: Caller & { email: string };

/** The last day to pay, a week from today, as the offer form sends it. */
const validUntil = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

const readApproval = async (id: string): Promise<Approval | undefined> =>
  (await tenant.db.doc(paths.approval(tenant.tenantId, id)).withConverter(approvalConverter).get()).data();
const readBooking = async (id: string): Promise<Booking | undefined> =>
  (await tenant.db.doc(paths.booking(tenant.tenantId, id)).withConverter(bookingConverter).get()).data();

interface Offer {
  requestId: string;
  unitId: string;
  contactId: string;
  validUntil: string;
  discount: BookingDiscountInput | null;
}

async function offerOf(number: string, discount: BookingDiscountInput | null): Promise<{ unit: Unit; offer: Offer }> {
  const unit = await tenant.storeUnit(number);
  const client = await tenant.storeContact('Скидкин', manager.uid);
  return {
    unit,
    offer: { requestId: newId(), unitId: unit.id, contactId: client.id, validUntil: validUntil(), discount },
  };
}

const issue = (offer: Offer, caller: Caller = manager) =>
  tenant.callAs<BookingResult>(issueBookingContract, issueBooking, caller, offer);

const askDiscount = (offer: Offer, requestId = newId(), caller: Caller = manager) =>
  tenant.callAs<ApprovalResult>(requestApprovalContract, requestApproval, caller, {
    requestId,
    action: {
      kind: 'bookingDiscount',
      bookingId: offer.requestId,
      unitId: offer.unitId,
      contactId: offer.contactId,
      validUntil: offer.validUntil,
      notes: '',
      discount: offer.discount,
    },
    reason: 'Клиент покупает вторую квартиру',
  });

const decide = (approvalId: string, decision: 'approve' | 'reject', caller: Caller = owner) =>
  tenant.callAs<ApprovalResult>(decideApprovalContract, decideApproval, caller, { approvalId, decision, note: '' });

const reasonOf = (answer: { ok: boolean; details?: Record<string, unknown> }) =>
  answer.ok ? null : answer.details?.reason;

beforeAll(async () => {
  tenant = await newBuildTenant('discounts');
  owner = await tenant.storeMember('owner', 'Ольга Владелец');
  admin = await tenant.storeMember('admin', 'Антон Админ');
  manager = await tenant.storeMember('manager', 'Мария Менеджер');
});

describe('the discount threshold', () => {
  it('is set by the owner or an admin, not by a manager', async () => {
    const refused = await tenant.callAs(saveDiscountSettingsContract, saveDiscountSettings, manager, {
      maxManagerPercent: 50,
    });
    expect(reasonOf(refused)).toBe('not-team-manager');
    await tenant.mustCallAs(saveDiscountSettingsContract, saveDiscountSettings, admin, { maxManagerPercent: 3 });
    const stored = (await tenant.db.doc(paths.discountSettings(tenant.tenantId)).get()).data();
    expect(stored).toMatchObject({ maxManagerPercent: 3, updatedBy: admin.uid });
  });
});

describe('a manager', () => {
  it('grants a discount up to the threshold alone, recorded on the offer', async () => {
    const { offer } = await offerOf('201', { kind: 'amount', value: 255_000, reason: 'Торг' });
    const issued = await issue(offer);
    expect(issued).toMatchObject({ ok: true, data: { status: 'issued', price: 8_245_000 } });
    expect((await readBooking(offer.requestId))?.discount).toEqual({
      kind: 'amount',
      value: 255_000,
      reason: 'Торг',
      priceBefore: 8_500_000,
      amount: 255_000,
      approvalId: null,
    });
  });

  it('is refused a discount above the threshold, issues nothing, and asks the head of sales', async () => {
    const { offer } = await offerOf('202', { kind: 'percent', value: 5, reason: 'Вторая покупка' });
    const refused = await issue(offer);
    expect(reasonOf(refused)).toBe('discount-above-threshold');
    expect(refused.ok ? null : refused.details).toMatchObject({ maxPercent: 3, maxAmount: 255_000 });
    expect(await readBooking(offer.requestId)).toBeUndefined();

    const requestId = newId();
    expect(await askDiscount(offer, requestId)).toMatchObject({ ok: true, data: { status: 'pending' } });
    expect(await askDiscount(offer, requestId)).toMatchObject({ ok: true, data: { id: requestId } });
    expect(reasonOf(await askDiscount(offer))).toBe('already-pending');
    expect(await readApproval(requestId)).toMatchObject({
      unitNumber: '202',
      contactName: 'Иван Скидкин',
      current: { until: null, price: 8_500_000 },
    });
    expect(await tenant.mailsTo(owner.email, 'approval-requested')).toBeGreaterThanOrEqual(1);
    expect(await tenant.mailsTo(manager.email, 'approval-requested')).toBe(0);
    const mailsBefore = await tenant.mailsTo(manager.email, 'approval-decided');

    expect(await decide(requestId, 'approve')).toMatchObject({
      ok: true,
      data: { status: 'approved', outcome: 'applied' },
    });
    const booking = await readBooking(offer.requestId);
    expect(booking).toMatchObject({
      status: 'issued',
      price: 8_075_000,
      createdBy: manager.uid,
      createdByName: 'Мария Менеджер',
      discount: { kind: 'percent', value: 5, amount: 425_000, priceBefore: 8_500_000, approvalId: requestId },
    });
    expect(await tenant.mailsTo(manager.email, 'approval-decided')).toBe(mailsBefore + 1);
    expect(reasonOf(await decide(requestId, 'approve'))).toBe('approval-decided');
    // The manager's retried issue answers the offer the approval issued.
    expect(await issue(offer)).toMatchObject({ ok: true, data: { bookingId: offer.requestId, price: 8_075_000 } });
  });

  it('needs no approval within the threshold, and cannot ask for a discount taking the whole price', async () => {
    const { offer } = await offerOf('203', { kind: 'percent', value: 2, reason: 'Торг' });
    expect(reasonOf(await askDiscount(offer))).toBe('no-approval-needed');
    const whole = { ...offer, discount: { kind: 'amount' as const, value: 8_500_000, reason: 'Ошибка' } };
    expect(reasonOf(await askDiscount(whole))).toBe('discount-exceeds-price');
  });

  it('gets nothing issued when the request is rejected, or when the unit was offered meanwhile', async () => {
    const { unit, offer } = await offerOf('204', { kind: 'percent', value: 10, reason: 'Скидка' });
    const rejectedId = newId();
    await askDiscount(offer, rejectedId);
    expect(await decide(rejectedId, 'reject')).toMatchObject({ ok: true, data: { status: 'rejected' } });
    expect(await readBooking(offer.requestId)).toBeUndefined();

    const laterId = newId();
    await askDiscount(offer, laterId);
    const other = await tenant.storeContact('Другой', manager.uid);
    const plain = {
      requestId: newId(),
      unitId: unit.id,
      contactId: other.id,
      validUntil: validUntil(),
      discount: null,
    };
    expect(await issue(plain)).toMatchObject({ ok: true });
    expect(await decide(laterId, 'approve')).toMatchObject({
      ok: true,
      data: { status: 'approved', outcome: 'not-applicable' },
    });
    expect(await readBooking(offer.requestId)).toBeUndefined();
  });
});

describe('the head of sales', () => {
  it('grants any discount directly, but never the whole price', async () => {
    const { offer } = await offerOf('301', { kind: 'percent', value: 12.5, reason: 'Акция для партнёров' });
    expect(reasonOf(await askDiscount(offer, newId(), owner))).toBe('no-approval-needed');
    expect(await issue(offer, owner)).toMatchObject({ ok: true, data: { price: 7_437_500 } });
    const { offer: whole } = await offerOf('302', { kind: 'amount', value: 9_000_000, reason: 'Ошибка' });
    expect(reasonOf(await issue(whole, owner))).toBe('discount-exceeds-price');
  });
});
