import {
  financingApplicationModel,
  financingReportModel,
  historyEntryModel,
  issueBookingContract,
  logConsultationContract,
  paths,
  reserveUnitContract,
  saveApplicationContract,
  setBankStatusContract,
  type BankLineInput,
  type BookingResult,
  type Contact,
  type FinancingApplication,
  type FinancingResult,
  type ReservationResult,
  type SaveApplicationInput,
  type Unit,
} from '@estate/domain';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { issueBooking } from '../../functions/src/bookings/issue-booking.handler';
import { logConsultation } from '../../functions/src/financing/log-consultation.handler';
import { saveApplication } from '../../functions/src/financing/save-application.handler';
import { setBankStatus } from '../../functions/src/financing/set-bank-status.handler';
import type { Caller } from '../../functions/src/lib/caller';
import { converterOf } from '../../functions/src/lib/converters';
import { reserveUnit } from '../../functions/src/reservations/reserve-unit.handler';
import { newBuildTenant, newId, type NewBuildTenant } from './newbuild-fixtures';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const DAY = 24 * 3_600_000;
const applicationConverter = converterOf(financingApplicationModel);
const reportConverter = converterOf(financingReportModel);
const historyConverter = converterOf(historyEntryModel);

let tenant: NewBuildTenant;
let manager: Caller & { email: string };
let agent: Caller & { email: string };
let partner: Caller & { email: string };

const readApplication = async (id: string): Promise<FinancingApplication | undefined> =>
  (
    await tenant.db.doc(paths.financingApplication(tenant.tenantId, id)).withConverter(applicationConverter).get()
  ).data();
const readReport = async () =>
  (await tenant.db.doc(paths.financingReport(tenant.tenantId)).withConverter(reportConverter).get()).data();
const countsOf = async (bank: string) => (await readReport())?.rows.find((row) => row.bank === bank)?.counts;
const readEntry = async (id: string) =>
  (await tenant.db.doc(paths.historyEntry(tenant.tenantId, id)).withConverter(historyConverter).get()).data();

/** Each test's banks carry its own suffix, so the tenant's shared report counts them apart. */
function applicationInput(contact: Contact, suffix: string, fields: Partial<SaveApplicationInput> = {}) {
  return {
    applicationId: newId(),
    kind: 'mortgage',
    contactId: contact.id,
    price: 8_500_000,
    downPayment: 1_700_000,
    amountRequested: 6_800_000,
    termMonths: 240,
    banks: [
      { id: 'l1', bank: `Сбербанк ${suffix}`, programme: 'Семейная ипотека', amount: 6_800_000, ratePercent: 6 },
      { id: 'l2', bank: `ВТБ ${suffix}`, amount: 6_800_000 },
    ],
    ...fields,
  } satisfies SaveApplicationInput;
}

const save = (input: SaveApplicationInput, caller: Caller = manager) =>
  tenant.callAs<FinancingResult>(saveApplicationContract, saveApplication, caller, input);
const move = (applicationId: string, lineId: string, to: string, extra: Record<string, unknown> = {}) =>
  tenant.callAs<FinancingResult>(setBankStatusContract, setBankStatus, manager, {
    applicationId,
    lineId,
    to,
    ...extra,
  });

beforeAll(async () => {
  tenant = await newBuildTenant('financing');
  manager = await tenant.storeMember('manager', 'Мария Менеджер');
  agent = await tenant.storeMember('agent', 'Игорь Агент');
  partner = await tenant.storeMember('partner', 'Пётр Партнёр');
});

describe('financing-saveApplication', () => {
  it('opens an application with two banks as drafts, counts them and writes the history once', async () => {
    const client = await tenant.storeContact('Заёмщиков', manager.uid);
    const input = applicationInput(client, 'a');
    const answer = await save(input);
    expect(answer).toEqual({ ok: true, data: { applicationId: input.applicationId, status: 'draft' } });

    const stored = await readApplication(input.applicationId);
    expect(stored).toMatchObject({
      kind: 'mortgage',
      contactId: client.id,
      contactName: 'Иван Заёмщиков',
      unitId: null,
      status: 'draft',
      bankNames: ['Сбербанк a', 'ВТБ a'],
      bankStatuses: ['draft'],
      createdBy: manager.uid,
      createdByName: 'Мария Менеджер',
    });
    expect(stored?.banks.map((line) => [line.bank, line.status, line.programme, line.ratePercent])).toEqual([
      ['Сбербанк a', 'draft', 'Семейная ипотека', 6],
      ['ВТБ a', 'draft', '', null],
    ]);
    expect(stored?.banks[0]?.dates.sent).toBeNull();
    expect(await countsOf('Сбербанк a')).toEqual({ draft: 1, sent: 0, underReview: 0, approved: 0, declined: 0 });
    const entry = await readEntry(`financing-${input.applicationId}-created`);
    expect(entry).toMatchObject({ contactIds: [client.id], authorUid: manager.uid, type: 'remark' });
    expect(entry?.text).toBe('Создана заявка на ипотеку, банки: Сбербанк a, ВТБ a.');

    // A retried creation saves the same application: the counts stay.
    expect((await save(input)).ok).toBe(true);
    expect(await countsOf('Сбербанк a')).toEqual({ draft: 1, sent: 0, underReview: 0, approved: 0, declined: 0 });
  });

  it("names the unit, and the client's mortgage reservation on it", async () => {
    const unit = await tenant.storeUnit('F-1');
    const client = await tenant.storeContact('Ипотечный', manager.uid);
    const reservation = await tenant.mustCallAs<ReservationResult>(reserveUnitContract, reserveUnit, manager, {
      requestId: newId(),
      unitId: unit.id,
      contactId: client.id,
      kind: 'mortgage',
    });
    const input = applicationInput(client, 'b', { unitId: unit.id });
    expect((await save(input, agent)).ok).toBe(true);
    expect(await readApplication(input.applicationId)).toMatchObject({
      unitId: unit.id,
      projectId: 'p1',
      buildingId: 'b1',
      unitNumber: 'F-1',
      reservationId: reservation.reservationId,
      createdBy: agent.uid,
    });
  });

  it("takes the unit of the client's booking offer, and refuses another client's offer", async () => {
    const unit: Unit = await tenant.storeUnit('F-2');
    const client = await tenant.storeContact('Оферта', manager.uid);
    const other = await tenant.storeContact('Другой', manager.uid);
    const booking = await tenant.mustCallAs<BookingResult>(issueBookingContract, issueBooking, manager, {
      requestId: newId(),
      unitId: unit.id,
      contactId: client.id,
      validUntil: new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10),
    });
    const input = applicationInput(client, 'c', { bookingId: booking.bookingId });
    expect((await save(input)).ok).toBe(true);
    expect(await readApplication(input.applicationId)).toMatchObject({
      bookingId: booking.bookingId,
      unitId: unit.id,
      unitNumber: 'F-2',
    });

    const refused = await save(applicationInput(other, 'c', { bookingId: booking.bookingId }));
    expect(refused).toMatchObject({ ok: false, details: { reason: 'booking-other-client' } });
    const unknown = await save(applicationInput(other, 'c', { unitId: 'no-such-unit' }));
    expect(unknown).toMatchObject({ ok: false, details: { reason: 'unit-not-found' } });
  });

  it('keeps a line that left draft, removes a draft one, and keeps the client', async () => {
    const client = await tenant.storeContact('Правкин', manager.uid);
    const input = applicationInput(client, 'd');
    await save(input);
    await move(input.applicationId, 'l1', 'sent');

    const [sber, vtb] = input.banks as [BankLineInput, BankLineInput];
    const dropSent = await save({ ...input, banks: [vtb] });
    expect(dropSent).toMatchObject({ ok: false, details: { reason: 'bank-line-in-progress', bank: 'Сбербанк d' } });

    const dropDraft = await save({
      ...input,
      amountRequested: 6_500_000,
      banks: [{ ...sber, amount: 6_500_000 }],
    });
    expect(dropDraft).toEqual({ ok: true, data: { applicationId: input.applicationId, status: 'sent' } });
    const stored = await readApplication(input.applicationId);
    expect(stored?.banks).toHaveLength(1);
    expect(stored?.banks[0]).toMatchObject({ status: 'sent', amount: 6_500_000 });
    expect(stored?.banks[0]?.dates.sent).toBeInstanceOf(Date);
    expect(await countsOf('ВТБ d')).toBeUndefined();
    expect(await countsOf('Сбербанк d')).toEqual({ draft: 0, sent: 1, underReview: 0, approved: 0, declined: 0 });

    const other = await tenant.storeContact('Чужой', manager.uid);
    const moved = await save({ ...input, contactId: other.id });
    expect(moved).toMatchObject({ ok: false, details: { reason: 'contact-changed' } });
  });

  it('refuses a partner, and a down payment above the price', async () => {
    const client = await tenant.storeContact('Партнёрский', manager.uid);
    expect(await save(applicationInput(client, 'e'), partner)).toMatchObject({
      ok: false,
      details: { reason: 'not-staff' },
    });
    expect(await save(applicationInput(client, 'e', { downPayment: 9_000_000 }))).toMatchObject({
      ok: false,
      code: 'invalid-argument',
    });
  });
});

describe('financing-setBankStatus', () => {
  it('moves a bank to approved with conditions, dated, counted and told in the history once', async () => {
    const client = await tenant.storeContact('Одобренный', manager.uid);
    const input = applicationInput(client, 'f');
    await save(input);
    expect(await move(input.applicationId, 'l1', 'sent')).toMatchObject({ ok: true, data: { status: 'sent' } });
    expect(await move(input.applicationId, 'l1', 'underReview')).toMatchObject({ ok: true });
    const approved = await move(input.applicationId, 'l1', 'approved', {
      conditions: 'Страхование жизни и поручительство супруги',
      ratePercent: 5.5,
    });
    expect(approved).toEqual({ ok: true, data: { applicationId: input.applicationId, status: 'approved' } });

    const stored = await readApplication(input.applicationId);
    const line = stored?.banks[0];
    expect(line).toMatchObject({
      status: 'approved',
      conditions: 'Страхование жизни и поручительство супруги',
      ratePercent: 5.5,
    });
    expect(line?.dates.sent).toBeInstanceOf(Date);
    expect(line?.dates.underReview).toBeInstanceOf(Date);
    expect(line?.dates.approved).toBeInstanceOf(Date);
    expect(stored?.bankStatusKeys).toEqual(['Сбербанк f\u241fapproved', 'ВТБ f\u241fdraft']);
    expect(await countsOf('Сбербанк f')).toEqual({ draft: 0, sent: 0, underReview: 0, approved: 1, declined: 0 });
    expect((await readEntry(`financing-${input.applicationId}-l1-approved`))?.text).toBe(
      'Заявка на ипотеку в банке Сбербанк f: одобрена. Условия: Страхование жизни и поручительство супруги',
    );

    // A retried approval changes nothing, not even the day.
    const approvedAt = line?.dates.approved?.getTime();
    expect(await move(input.applicationId, 'l1', 'approved', { conditions: 'другое' })).toMatchObject({ ok: true });
    const again = await readApplication(input.applicationId);
    expect(again?.banks[0]?.dates.approved?.getTime()).toBe(approvedAt);
    expect(again?.banks[0]?.conditions).toBe('Страхование жизни и поручительство супруги');
    expect(await countsOf('Сбербанк f')).toEqual({ draft: 0, sent: 0, underReview: 0, approved: 1, declined: 0 });
  });

  it('refuses to reopen an answer or go back a step, and an unknown line or application', async () => {
    const client = await tenant.storeContact('Отказной', manager.uid);
    const input = applicationInput(client, 'g');
    await save(input);
    await move(input.applicationId, 'l2', 'declined');
    expect(await move(input.applicationId, 'l2', 'approved')).toMatchObject({
      ok: false,
      details: { reason: 'bank-line-closed', status: 'declined' },
    });
    await move(input.applicationId, 'l1', 'underReview');
    expect(await move(input.applicationId, 'l1', 'sent')).toMatchObject({
      ok: false,
      details: { reason: 'wrong-step', status: 'underReview' },
    });
    expect(await move(input.applicationId, 'l9', 'sent')).toMatchObject({
      ok: false,
      details: { reason: 'bank-line-not-found' },
    });
    expect(await move('no-such-application', 'l1', 'sent')).toMatchObject({
      ok: false,
      details: { reason: 'application-not-found' },
    });
    expect((await readApplication(input.applicationId))?.status).toBe('underReview');
  });
});

describe('financing-logConsultation', () => {
  it("logs a consultation in the client's history once per request and counts it", async () => {
    const client = await tenant.storeContact('Консультируемый', manager.uid);
    const input = applicationInput(client, 'h', { kind: 'consumerCredit' });
    await save(input);
    const requestId = newId();
    const log = () =>
      tenant.callAs<FinancingResult>(logConsultationContract, logConsultation, manager, {
        requestId,
        applicationId: input.applicationId,
        channel: 'call',
        notes: 'Сравнили ставки двух банков',
      });
    expect((await log()).ok).toBe(true);
    expect((await log()).ok).toBe(true);

    const entry = await readEntry(`financing-consultation-${requestId}`);
    expect(entry).toMatchObject({ type: 'call', contactIds: [client.id] });
    expect(entry?.text).toBe('Консультация по заявке на потребительский кредит (звонок): Сравнили ставки двух банков');
    const stored = await readApplication(input.applicationId);
    expect(stored?.consultations).toBe(1);
    expect(stored?.lastConsultationAt).toBeInstanceOf(Date);
  });
});

describe('a tenant without the developer capability', () => {
  it('refuses financing', async () => {
    const agency = await newBuildTenant('financing-agency');
    await agency.db.doc(paths.tenant(agency.tenantId)).update({ capabilities: ['agency'] });
    const owner = await agency.storeMember('owner', 'Owner');
    const client = await agency.storeContact('Агентский', owner.uid);
    const answer = await agency.callAs<FinancingResult>(
      saveApplicationContract,
      saveApplication,
      owner,
      applicationInput(client, 'i'),
    );
    expect(answer).toMatchObject({ ok: false, details: { reason: 'not-developer' } });
  });
});
