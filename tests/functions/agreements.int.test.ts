import {
  advanceAgreementContract,
  agreementModel,
  DEFAULT_BRANDING,
  EMPTY_AGENCY_LEGAL,
  generateAgreementContract,
  memberModel,
  paths,
  tenantModel,
  type Agreement,
  type CallableContract,
  type StaffRole,
} from '@estate/domain';
import { getStorage } from 'firebase-admin/storage';
import type { Firestore } from 'firebase-admin/firestore';
import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { advanceAgreement } from '../../functions/src/agreements/advance-agreement.handler';
import { generateAgreement } from '../../functions/src/agreements/generate-agreement.handler';
import { bucketFileStore } from '../../functions/src/files/file-store';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import { converterOf } from '../../functions/src/lib/converters';
import type { Deps } from '../../functions/src/lib/deps';
import { Refusal } from '../../functions/src/lib/refusal';
import { adminAuth } from '../support/admin';
import { contactDoc } from '../support/contacts';
import { projectId } from '../support/emulator-env';
import { uniqueEmail } from '../support/users';
import { isolatedDb } from './function-fixtures';

// The agreements handlers driven as their callables drive them (input parsed by the contract, the
// caller's claims), on a Firestore project of their own, with the PDFs in the Storage emulator.

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const BUCKET = `${projectId}.appspot.com`;
const bucket = () => getStorage(adminAuth().app).bucket(BUCKET);
const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const agreementConverter = converterOf(agreementModel);
/** The day the handlers run on: the valid power covers it, the expired one ended before. */
const TODAY = new Date('2026-12-07T10:00:00Z');

type Answer<T> = { ok: true; data: T } | { ok: false; reason: string; details: Record<string, unknown> };
type Handler = (
  deps: Deps & { files: ReturnType<typeof bucketFileStore> },
  caller: Caller,
  input: never,
) => Promise<unknown>;

let db: Firestore;
let tenantId: string;
let manager: Caller;
let partner: Caller;
let validSignatory: string;
let expiredSignatory: string;
let futureSignatory: string;

const t = () => tenantId;
const deps = () => ({
  db,
  auth: adminAuth(),
  links: appLinks(null),
  now: () => TODAY,
  local: null,
  files: bucketFileStore(BUCKET),
});

async function callAs<T>(
  contract: CallableContract,
  handler: Handler,
  caller: Caller,
  data: unknown,
): Promise<Answer<T>> {
  const parsed = contract.input.parse(data);
  try {
    return { ok: true, data: (await handler(deps(), caller, parsed as never)) as T };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    expect(contract.refusals).toContain(error.reason);
    return { ok: false, reason: error.reason, details: error.details };
  }
}

const generate = (input: { bookingId: string; kind?: string; signatoryId: string }, caller: Caller = manager) =>
  callAs<{ agreementId: string; created: boolean }>(generateAgreementContract, generateAgreement, caller, {
    kind: 'ddu',
    ...input,
  });

const advance = (agreementId: string, to: string) =>
  callAs<{ status: string }>(advanceAgreementContract, advanceAgreement, manager, { agreementId, to });

async function storeMember(role: StaffRole, displayName: string): Promise<Caller> {
  const uid = newId();
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
      requestedAt: TODAY,
      decidedAt: TODAY,
      decidedBy: uid,
      sessionsRevokedAt: null,
      managerUid: null,
      updatedAt: TODAY,
    });
  return { uid, email: null, claims: { tenantId: t(), role } };
}

async function storeSignatory(name: string, validUntil: string, issuedOn = '2026-01-10'): Promise<string> {
  const id = newId();
  await db.doc(paths.developerSignatory(t(), id)).set({
    id,
    name,
    position: 'руководителя отдела продаж',
    power: {
      number: `16 АА ${id.slice(0, 7)}`,
      issuedOn: new Date(`${issuedOn}T00:00:00Z`),
      validUntil: new Date(`${validUntil}T00:00:00Z`),
      scope: 'Подписание договоров участия в долевом строительстве',
    },
    createdAt: TODAY,
    updatedAt: TODAY,
  });
  return id;
}

/**
 * A paid booking with its unit and client, written as the bookings capability writes them (the fields
 * of the contract, BookingTerms); `escrow: null` for a booking whose escrow is not yet opened.
 */
async function storeBooking(
  number: string,
  options: { status?: string; escrow?: boolean } = {},
): Promise<{ bookingId: string; contactName: string }> {
  const unitId = newId();
  await db.doc(paths.unit(t(), unitId)).set({
    id: unitId,
    projectId: 'p1',
    buildingId: 'b1',
    section: '1',
    number,
    floor: 7,
    position: 2,
    kind: 'apartment',
    rooms: 2,
    area: 54.3,
    livingArea: null,
    kitchenArea: null,
    finish: 'whiteBox',
    price: 8_450_000,
    status: 'booked',
    layout: null,
    priceFixed: true,
    hold: null,
    createdAt: TODAY,
    updatedAt: TODAY,
  });
  const contact = contactDoc({
    firstName: 'Иван',
    lastName: `Петров-${number}`,
    locale: 'ru',
    emails: [{ address: uniqueEmail('client'), label: 'personal' }],
    phones: [{ number: '+79000000001', label: 'mobile' }],
    assignedAgentUid: manager.uid,
  });
  await db.doc(paths.contact(t(), contact.id)).set(contact);
  const bookingId = newId();
  const paid = (options.status ?? 'paid') === 'paid';
  await db.doc(paths.bookingTerms(t(), bookingId)).set({
    id: bookingId,
    unitId,
    projectId: 'p1',
    buildingId: 'b1',
    unitNumber: number,
    contactId: contact.id,
    contactName: `Иван Петров-${number}`,
    price: 8_200_000,
    status: options.status ?? 'paid',
    paidAt: paid ? TODAY : null,
    escrow:
      options.escrow === false
        ? null
        : {
            kind: 'escrow',
            bank: 'ПАО Сбербанк',
            account: '40817810000000000001',
            amount: 8_200_000,
            openedAt: TODAY,
            disclosedAt: null,
          },
    createdAt: TODAY,
    updatedAt: TODAY,
  });
  return { bookingId, contactName: `Иван Петров-${number}` };
}

const readAgreement = async (agreementId: string): Promise<Agreement | undefined> =>
  (await db.doc(paths.agreement(t(), agreementId)).withConverter(agreementConverter).get()).data();
const agreementsOf = async (bookingId: string): Promise<number> =>
  (await db.collection(paths.agreements(t())).where('bookingId', '==', bookingId).count().get()).data().count;
const filesOf = async (agreementId: string): Promise<string[]> =>
  (await bucket().getFiles({ prefix: paths.agreementFilesPrefix(t(), agreementId) }))[0].map((file) => file.name);

beforeAll(async () => {
  db = isolatedDb();
  tenantId = `agreements-${newId()}`;
  await db
    .doc(paths.tenant(t()))
    .withConverter(converterOf(tenantModel))
    .set({
      id: t(),
      slug: t(),
      name: 'Девелопер Север',
      capabilities: ['developer'],
      company: {
        legalName: 'ООО «СЗ Северный квартал»',
        address: 'г. Казань, ул. Баумана, 1',
        phone: '',
        email: '',
        registrationNumber: '1161690000000',
        vatNumber: '',
      },
      legal: EMPTY_AGENCY_LEGAL,
      branding: DEFAULT_BRANDING,
      locale: 'ru',
      currency: 'RUB',
      country: 'RU',
      hosts: { admin: 'sever-admin.example.test', client: 'sever.example.test' },
      ownerUid: 'owner',
      map: null,
      createdAt: TODAY,
      updatedAt: TODAY,
    });
  await db.doc(paths.project(t(), 'p1')).set({
    id: 'p1',
    name: 'Северный квартал',
    address: 'ул. Лесная, 12',
    city: 'Казань',
    latitude: null,
    longitude: null,
    completion: { year: 2027, quarter: 4 },
    stage: 'construction',
    description: '',
    createdAt: TODAY,
    updatedAt: TODAY,
  });
  await db.doc(paths.building(t(), 'b1')).set({
    id: 'b1',
    projectId: 'p1',
    name: 'Корпус 1',
    sections: [{ name: '1', floors: 10, positionsPerFloor: 4 }],
    createdAt: TODAY,
    updatedAt: TODAY,
  });
  manager = await storeMember('manager', 'Мария Менеджер');
  partner = await storeMember('partner', 'Павел Партнёр');
  validSignatory = await storeSignatory('Иванова Мария Петровна', '2026-12-31');
  expiredSignatory = await storeSignatory('Сидоров Пётр Ильич', '2026-11-30');
  futureSignatory = await storeSignatory('Кузнецова Анна Олеговна', '2027-12-31', '2026-12-10');
});

describe('generating an agreement', () => {
  it('renders the ДДУ of a paid booking for a signatory whose power is valid, placeholders filled', async () => {
    const { bookingId, contactName } = await storeBooking('45');
    const answer = await generate({ bookingId, signatoryId: validSignatory });
    expect(answer).toEqual({ ok: true, data: { agreementId: `${bookingId}_ddu`, created: true } });

    const agreement = await readAgreement(`${bookingId}_ddu`);
    expect(agreement).toMatchObject({
      kind: 'ddu',
      status: 'draft',
      bookingId,
      unitNumber: '45',
      contactName,
      price: 8_200_000,
      title: `Договор участия в долевом строительстве № 45 — ${contactName}`,
      signatory: { id: validSignatory, name: 'Иванова Мария Петровна' },
      steps: [{ status: 'draft', by: manager.uid, byName: 'Мария Менеджер', at: TODAY }],
    });
    const [bytes] = await bucket()
      .file(agreement?.document.storagePath ?? '')
      .download();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe(agreement?.title);
    expect(agreement?.document.size).toBe(bytes.length);
  });

  it('renders again in place when replayed: still one agreement and one file', async () => {
    const { bookingId } = await storeBooking('46');
    const first = await generate({ bookingId, signatoryId: validSignatory });
    const replay = await generate({ bookingId, signatoryId: validSignatory });
    expect(first).toMatchObject({ ok: true, data: { created: true } });
    expect(replay).toEqual({ ok: true, data: { agreementId: `${bookingId}_ddu`, created: false } });
    expect(await agreementsOf(bookingId)).toBe(1);
    const agreement = await readAgreement(`${bookingId}_ddu`);
    expect(await filesOf(`${bookingId}_ddu`)).toEqual([agreement?.document.storagePath]);
    expect(agreement?.steps).toHaveLength(1);
  });

  it('refuses a signatory whose power of attorney has expired, and writes nothing', async () => {
    const { bookingId } = await storeBooking('47');
    const answer = await generate({ bookingId, signatoryId: expiredSignatory });
    expect(answer).toMatchObject({
      ok: false,
      reason: 'power-expired',
      details: { signatoryName: 'Сидоров Пётр Ильич', validUntil: '2026-11-30T00:00:00.000Z' },
    });
    expect(await agreementsOf(bookingId)).toBe(0);
    expect(await filesOf(`${bookingId}_ddu`)).toEqual([]);
  });

  it('refuses a signatory whose power is not valid yet', async () => {
    const { bookingId } = await storeBooking('48');
    expect(await generate({ bookingId, signatoryId: futureSignatory })).toMatchObject({
      ok: false,
      reason: 'power-not-yet-valid',
    });
  });

  it('refuses a booking not paid yet, and one that does not exist', async () => {
    const { bookingId } = await storeBooking('49', { status: 'issued' });
    expect(await generate({ bookingId, signatoryId: validSignatory })).toMatchObject({
      ok: false,
      reason: 'booking-not-paid',
    });
    expect(await generate({ bookingId: newId(), signatoryId: validSignatory })).toMatchObject({
      ok: false,
      reason: 'booking-not-found',
    });
  });

  it('refuses a template with an unknown placeholder, naming it', async () => {
    const { bookingId } = await storeBooking('50');
    await db.doc(paths.agreementTemplate(t(), 'dupt')).set({
      kind: 'dupt',
      title: 'Уступка № {{unit.number}}',
      body: 'Цессионарий {{client.fullName}}, паспорт {{client.passport}}',
      updatedAt: TODAY,
    });
    expect(await generate({ bookingId, kind: 'dupt', signatoryId: validSignatory })).toMatchObject({
      ok: false,
      reason: 'template-invalid',
      details: { unknown: ['client.passport'], unclosed: false },
    });
  });

  it('refuses a template needing escrow details the booking does not have yet', async () => {
    const { bookingId } = await storeBooking('51', { escrow: false });
    expect(await generate({ bookingId, signatoryId: validSignatory })).toMatchObject({
      ok: false,
      reason: 'values-missing',
      details: { missing: ['escrow.kind', 'escrow.bank', 'escrow.account', 'escrow.amount'] },
    });
  });

  it('refuses a partner', async () => {
    const { bookingId } = await storeBooking('52');
    expect(await generate({ bookingId, signatoryId: validSignatory }, partner)).toMatchObject({
      ok: false,
      reason: 'not-staff',
    });
  });
});

describe('the steps of an agreement', () => {
  it('moves one step at a time, recording who and when, and is not generated again once sent', async () => {
    const { bookingId } = await storeBooking('60');
    await generate({ bookingId, signatoryId: validSignatory });
    const id = `${bookingId}_ddu`;

    expect(await advance(id, 'signed')).toMatchObject({
      ok: false,
      reason: 'wrong-step',
      details: { status: 'draft' },
    });
    expect(await advance(id, 'sentToBank')).toEqual({ ok: true, data: { status: 'sentToBank' } });
    // A second click on the same step changes nothing.
    expect(await advance(id, 'sentToBank')).toEqual({ ok: true, data: { status: 'sentToBank' } });
    for (const to of ['approvedByBank', 'signed', 'registered']) {
      expect(await advance(id, to)).toEqual({ ok: true, data: { status: to } });
    }
    const agreement = await readAgreement(id);
    expect(agreement?.status).toBe('registered');
    expect(agreement?.steps.map((step) => [step.status, step.by])).toEqual([
      ['draft', manager.uid],
      ['sentToBank', manager.uid],
      ['approvedByBank', manager.uid],
      ['signed', manager.uid],
      ['registered', manager.uid],
    ]);
    expect(await generate({ bookingId, signatoryId: validSignatory })).toMatchObject({
      ok: false,
      reason: 'agreement-not-draft',
    });
    expect(await advance(newId(), 'sentToBank')).toMatchObject({ ok: false, reason: 'agreement-not-found' });
  });
});
