import {
  DEFAULT_BRANDING,
  EMPTY_AGENCY_LEGAL,
  memberModel,
  paths,
  tenantModel,
  unitModel,
  type CallableContract,
  type Contact,
  type StaffRole,
  type Unit,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import { converterOf } from '../../functions/src/lib/converters';
import type { Deps } from '../../functions/src/lib/deps';
import { Refusal } from '../../functions/src/lib/refusal';
import { adminAuth } from '../support/admin';
import { contactDoc } from '../support/contacts';
import { uniqueEmail } from '../support/users';
import { isolatedDb } from './function-fixtures';

// A developer tenant of its own on an isolated project of the Firestore emulator, for the new-build
// handlers driven as their callables drive them (input parsed by the contract, the caller's claims):
// no trigger of the running functions emulator joins in.

type Answer<T> = { ok: true; data: T } | { ok: false; code: string; message: string; details: Record<string, unknown> };

type Handler = (deps: Deps, caller: Caller, input: never) => Promise<unknown>;

export const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const unitConverter = converterOf(unitModel);

export interface NewBuildTenant {
  db: Firestore;
  tenantId: string;
  deps(): Deps;
  /** A callable's answer as the apps get it: the result, or the refusal with its reason and details. */
  callAs<T>(contract: CallableContract, handler: Handler, caller: Caller, data: unknown): Promise<Answer<T>>;
  mustCallAs<T>(contract: CallableContract, handler: Handler, caller: Caller, data: unknown): Promise<T>;
  storeMember(role: StaffRole, displayName: string): Promise<Caller & { email: string }>;
  storeContact(lastName: string, agentUid: string): Promise<Contact>;
  /** A free unit as the inventory stores it, at the next free place of building b1, in project p1 (its floor per m² as given). */
  storeUnit(number: string, unit?: Partial<Unit>, floorPricePerSquareMetre?: number | null): Promise<Unit>;
  readUnit(unitId: string): Promise<Unit | undefined>;
  mailsTo(to: string, templateId: string): Promise<number>;
}

export async function newBuildTenant(prefix: string): Promise<NewBuildTenant> {
  const db = isolatedDb();
  const tenantId = `${prefix}-${newId()}`;
  const deps = (): Deps => ({ db, auth: adminAuth(), links: appLinks(null), now: () => new Date(), local: null });
  const now = new Date();
  // Each stored unit gets a place of its own in building b1 (10 floors of 4), as the inventory demands.
  let places = 0;
  await db
    .doc(paths.tenant(tenantId))
    .withConverter(converterOf(tenantModel))
    .set({
      id: tenantId,
      slug: tenantId,
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

  async function callAs<T>(contract: CallableContract, handler: Handler, caller: Caller, data: unknown) {
    const parsed = contract.input.safeParse(data);
    if (!parsed.success) {
      return { ok: false, code: 'invalid-argument', message: parsed.error.message, details: {} } as Answer<T>;
    }
    try {
      return { ok: true, data: (await handler(deps(), caller, parsed.data as never)) as T } as Answer<T>;
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      expect(contract.refusals).toContain(error.reason);
      return {
        ok: false,
        code: error.code,
        message: error.message,
        details: { ...error.details, reason: error.reason },
      } as Answer<T>;
    }
  }

  return {
    db,
    tenantId,
    deps,
    callAs,
    async mustCallAs<T>(contract: CallableContract, handler: Handler, caller: Caller, data: unknown) {
      const answer = await callAs<T>(contract, handler, caller, data);
      if (!answer.ok) throw new Error(`${contract.name} refused: ${answer.message}`);
      return answer.data;
    },
    async storeMember(role, displayName) {
      const uid = newId();
      const email = uniqueEmail(role);
      const at = new Date();
      await db.doc(paths.member(tenantId, uid)).withConverter(converterOf(memberModel)).set({
        uid,
        email,
        displayName,
        role,
        status: 'active',
        locale: 'ru',
        requestedAt: at,
        decidedAt: at,
        decidedBy: uid,
        sessionsRevokedAt: null,
        managerUid: null,
        updatedAt: at,
      });
      return { uid, email, claims: { tenantId, role } };
    },
    async storeContact(lastName, agentUid) {
      const contact = contactDoc({
        lastName,
        firstName: 'Иван',
        locale: 'ru',
        emails: [{ address: uniqueEmail('client'), label: 'personal' }],
        assignedAgentUid: agentUid,
      });
      await db.doc(paths.contact(tenantId, contact.id)).set(contact);
      return contact;
    },
    async storeUnit(number, fields = {}, floorPricePerSquareMetre = null) {
      const at = new Date();
      const id = newId();
      const place = places++;
      await db.doc(paths.project(tenantId, 'p1')).set({
        id: 'p1',
        name: 'ЖК Северный',
        address: 'ул. Лесная, 5',
        city: 'Москва',
        latitude: null,
        longitude: null,
        completion: { year: 2027, quarter: 4 },
        stage: 'construction',
        description: '',
        floorPricePerSquareMetre,
        createdAt: at,
        updatedAt: at,
      });
      await db.doc(paths.building(tenantId, 'b1')).set({
        id: 'b1',
        projectId: 'p1',
        name: 'Корпус 1',
        sections: [{ name: '1', floors: 10, positionsPerFloor: 4 }],
        createdAt: at,
        updatedAt: at,
      });
      const unit: Unit = {
        id,
        projectId: 'p1',
        buildingId: 'b1',
        section: '1',
        number,
        floor: 1 + Math.floor(place / 4),
        position: 1 + (place % 4),
        kind: 'apartment',
        rooms: 2,
        area: 50,
        livingArea: null,
        kitchenArea: null,
        finish: 'whiteBox',
        price: 8_500_000,
        status: 'free',
        layout: null,
        priceFixed: false,
        hold: null,
        createdAt: at,
        updatedAt: at,
        ...fields,
      };
      await db.doc(paths.unit(tenantId, id)).withConverter(unitConverter).set(unit);
      return unit;
    },
    async readUnit(unitId) {
      return (await db.doc(paths.unit(tenantId, unitId)).withConverter(unitConverter).get()).data();
    },
    async mailsTo(to, templateId) {
      const counted = await db
        .collection(paths.mails(tenantId))
        .where('to', '==', to)
        .where('templateId', '==', templateId)
        .count()
        .get();
      return counted.data().count;
    },
  };
}
