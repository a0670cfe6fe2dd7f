import {
  CALLABLES,
  changePricesContract,
  describeIssues,
  importUnitsContract,
  paths,
  saveBuildingContract,
  saveProjectContract,
  saveUnitContract,
  type CallableContract,
  unitHistoryEntryModel,
  unitModel,
  type ChangePricesResult,
  type ImportUnitsResult,
  type UnitHistoryEntry,
  type UnitImportRowInput,
  type UnitInput,
} from '@estate/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { converterOf } from '../../functions/src/lib/converters';
import { randomUUID } from 'node:crypto';
import type { Caller } from '../../functions/src/lib/caller';
import type { Deps } from '../../functions/src/lib/deps';
import { Refusal } from '../../functions/src/lib/refusal';
import { changePrices } from '../../functions/src/projects/change-prices.handler';
import { importUnits } from '../../functions/src/projects/import-units.handler';
import { saveBuilding } from '../../functions/src/projects/save-building.handler';
import { saveProject } from '../../functions/src/projects/save-project.handler';
import { saveUnit as saveUnitHandler } from '../../functions/src/projects/save-unit.handler';
import { adminDb } from '../support/admin';
import type { CallableResult } from '../support/callables';

const unitConverter = converterOf(unitModel);
const historyConverter = converterOf(unitHistoryEntryModel);

// The handlers run here against the Firestore emulator, each input parsed by its contract and each
// refusal checked against the contract's list, as the callable wrapper does: the suite needs no
// functions emulator (whose queue the demo seed's triggers keep busy on a shared machine).
const tenantId = `developer-${Date.now().toString(36)}`;
const deps = { db: adminDb(), now: () => new Date() } as unknown as Deps;

interface Staff {
  uid: string;
  role: 'owner' | 'manager' | 'agent';
}
let owner: Staff;
let manager: Staff;
let agent: Staff;
let projectId: string;
let buildingId: string;
const t = () => tenantId;

async function staffMember(role: Staff['role'], displayName: string): Promise<Staff> {
  const uid = randomUUID().replace(/-/g, '');
  const now = new Date();
  await adminDb()
    .doc(paths.member(tenantId, uid))
    .set({
      uid,
      email: `${uid}@example.test`,
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
  return { uid, role };
}

type Handler = (deps: Deps, caller: Caller, input: never) => Promise<unknown>;
const HANDLERS: Record<string, [CallableContract, Handler]> = {
  [CALLABLES.saveProject]: [saveProjectContract, saveProject as Handler],
  [CALLABLES.saveBuilding]: [saveBuildingContract, saveBuilding as Handler],
  [CALLABLES.saveUnit]: [saveUnitContract, saveUnitHandler as Handler],
  [CALLABLES.importUnits]: [importUnitsContract, importUnits as Handler],
  [CALLABLES.changePrices]: [changePricesContract, changePrices as Handler],
};

async function callCallable<T>(name: string, data: unknown, staff: Staff): Promise<CallableResult<T>> {
  const [contract, handler] = HANDLERS[name] ?? [];
  if (!contract || !handler) throw new Error(`no handler for ${name}`);
  const parsed = contract.input.safeParse(data);
  if (!parsed.success) {
    return { ok: false, status: 400, code: 'invalid-argument', message: describeIssues(parsed.error) };
  }
  const caller: Caller = { uid: staff.uid, email: null, claims: { tenantId, role: staff.role } };
  try {
    return { ok: true, data: (await handler(deps, caller, parsed.data as never)) as T };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    expect(contract.refusals, `${name} refuses with an undeclared reason`).toContain(error.reason);
    return { ok: false, status: 400, code: error.code, message: error.message, reason: error.reason };
  }
}

async function mustCall<T>(name: string, data: unknown, staff: Staff): Promise<T> {
  const result = await callCallable<T>(name, data, staff);
  if (!result.ok) throw new Error(`${name} failed: ${result.code}: ${result.message}`);
  return result.data;
}

async function expectInvalid(name: string, data: unknown, staff: Staff, field: string) {
  const result = await callCallable(name, data, staff);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe('invalid-argument');
  expect(result.message).toContain(field);
}

const project = {
  name: 'ЖК Северный',
  address: 'ул. Ленина, 1',
  city: 'Казань',
  completion: { year: 2028, quarter: 2 },
  stage: 'construction',
};
const sections = [
  { name: '1', floors: 25, positionsPerFloor: 8 },
  { name: '2', floors: 25, positionsPerFloor: 8 },
];

const readUnit = async (unitId: string) =>
  (await adminDb().doc(paths.unit(t(), unitId)).withConverter(unitConverter).get()).data();
const history = async (unitId: string): Promise<UnitHistoryEntry[]> =>
  (
    await adminDb().collection(paths.unitHistory(t(), unitId)).withConverter(historyConverter).orderBy('at').get()
  ).docs.map((doc) => doc.data());

function unitInput(number: string, floor: number, position: number, change: Partial<UnitInput> = {}): UnitInput {
  return {
    projectId,
    buildingId,
    section: '1',
    number,
    floor,
    position,
    kind: 'apartment',
    rooms: 2,
    area: 54.3,
    finish: 'whiteBox',
    price: 8_000_000,
    status: 'free',
    ...change,
  };
}

async function saveUnit(unit: UnitInput, unitId: string | null = null, staff: Staff = manager) {
  return callCallable<{ unitId: string }>(CALLABLES.saveUnit, { unitId, unit }, staff);
}

function row(
  rowNumber: number,
  number: string,
  section: string,
  floor: number,
  position: number,
  price = 5_000_000,
): UnitImportRowInput {
  return {
    row: rowNumber,
    unit: {
      number,
      section,
      floor,
      position,
      kind: 'apartment',
      rooms: 1,
      area: 38.5,
      finish: 'rough',
      price,
      status: null,
    },
  };
}

beforeAll(async () => {
  owner = await staffMember('owner', 'Олег Владелец');
  manager = await staffMember('manager', 'Марина Менеджер');
  agent = await staffMember('agent', 'Антон Агент');
  ({ projectId } = await mustCall<{ projectId: string }>(CALLABLES.saveProject, { project }, manager));
  ({ buildingId } = await mustCall<{ buildingId: string }>(
    CALLABLES.saveBuilding,
    { building: { projectId, name: 'Корпус 1', sections } },
    manager,
  ));
}, 120_000);

describe('projects and buildings', { timeout: 60_000 }, () => {
  it('lets owner and managers save them, and refuses agents', async () => {
    const edited = await mustCall<{ projectId: string }>(
      CALLABLES.saveProject,
      { projectId, project: { ...project, stage: 'completed' } },
      owner,
    );
    expect(edited.projectId).toBe(projectId);
    const stored = await adminDb().doc(paths.project(t(), projectId)).get();
    expect(stored.get('stage')).toBe('completed');
    const refused = await callCallable(CALLABLES.saveProject, { project }, agent);
    expect(refused).toMatchObject({ ok: false, reason: 'not-inventory-editor' });
    const building = await callCallable(
      CALLABLES.saveBuilding,
      { building: { projectId, name: 'Корпус 9', sections } },
      agent,
    );
    expect(building).toMatchObject({ ok: false, reason: 'not-inventory-editor' });
  });

  it('refuses a building of a missing project and malformed sections', async () => {
    const missing = await callCallable(
      CALLABLES.saveBuilding,
      { building: { projectId: 'nope', name: 'Корпус 2', sections } },
      manager,
    );
    expect(missing).toMatchObject({ ok: false, reason: 'project-not-found' });
    await expectInvalid(
      CALLABLES.saveBuilding,
      { building: { projectId, name: 'Корпус 2', sections: [sections[0], sections[0]] } },
      manager,
      'section',
    );
  });

  it('refuses to shrink a section from under its units', async () => {
    const { unitId } = await mustCall<{ unitId: string }>(
      CALLABLES.saveUnit,
      { unit: unitInput('2-2501', 25, 8, { section: '2' }) },
      manager,
    );
    const shrunk = await callCallable(
      CALLABLES.saveBuilding,
      {
        buildingId,
        building: { projectId, name: 'Корпус 1', sections: [sections[0], { ...sections[1], floors: 24 }] },
      },
      manager,
    );
    expect(shrunk).toMatchObject({ ok: false, reason: 'units-outside' });
    expect(await readUnit(unitId)).toMatchObject({ floor: 25 });
  });
});

describe('a unit', { timeout: 60_000 }, () => {
  it('is created with its history, and its price change is recorded once', async () => {
    const created = await saveUnit(unitInput('101', 1, 1));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const { unitId } = created.data;
    expect(await readUnit(unitId)).toMatchObject({ projectId, status: 'free', priceFixed: false, hold: null });

    await mustCall(CALLABLES.saveUnit, { unitId, unit: unitInput('101', 1, 1, { price: 8_200_000 }) }, manager);
    // The same call again (a retry) changes nothing and records nothing.
    await mustCall(CALLABLES.saveUnit, { unitId, unit: unitInput('101', 1, 1, { price: 8_200_000 }) }, manager);
    const entries = await history(unitId);
    expect(entries.map((entry) => [entry.kind, entry.priceBefore, entry.priceAfter, entry.authorName])).toEqual([
      ['created', null, 8_000_000, 'Марина Менеджер'],
      ['price', 8_000_000, 8_200_000, 'Марина Менеджер'],
    ]);
  });

  it('refuses a number or a place already taken, and a place outside the building', async () => {
    await mustCall(CALLABLES.saveUnit, { unit: unitInput('102', 1, 2) }, manager);
    expect(await saveUnit(unitInput('102', 2, 2))).toMatchObject({ ok: false, reason: 'number-taken' });
    expect(await saveUnit(unitInput('199', 1, 2))).toMatchObject({ ok: false, reason: 'place-taken' });
    expect(await saveUnit(unitInput('199', 26, 1))).toMatchObject({ ok: false, reason: 'floor-out-of-range' });
    expect(await saveUnit(unitInput('199', 1, 9))).toMatchObject({ ok: false, reason: 'position-out-of-range' });
    expect(await saveUnit(unitInput('199', 1, 3, { section: '7' }))).toMatchObject({
      ok: false,
      reason: 'section-unknown',
    });
  });

  it('lets staff set free and not for sale only, and never change a fixed price', async () => {
    expect(await saveUnit(unitInput('103', 1, 3, { status: 'sold' }))).toMatchObject({
      ok: false,
      reason: 'status-not-allowed',
    });
    const { unitId } = await mustCall<{ unitId: string }>(
      CALLABLES.saveUnit,
      { unit: unitInput('103', 1, 3) },
      manager,
    );
    await mustCall(CALLABLES.saveUnit, { unitId, unit: unitInput('103', 1, 3, { status: 'notForSale' }) }, manager);
    expect((await history(unitId)).at(-1)).toMatchObject({
      kind: 'status',
      statusBefore: 'free',
      statusAfter: 'notForSale',
    });

    // As a paid offer leaves it: booked, price fixed.
    await adminDb().doc(paths.unit(t(), unitId)).update({ status: 'booked', priceFixed: true });
    expect(await saveUnit(unitInput('103', 1, 3, { status: 'booked', price: 7_000_000 }), unitId)).toMatchObject({
      ok: false,
      reason: 'price-fixed',
    });
    expect(await saveUnit(unitInput('103', 1, 3, { status: 'free' }), unitId)).toMatchObject({
      ok: false,
      reason: 'status-not-allowed',
    });
    // Its description still changes; status and the fixed price are kept.
    await mustCall(
      CALLABLES.saveUnit,
      { unitId, unit: unitInput('103', 1, 3, { status: 'booked', rooms: 3 }) },
      manager,
    );
    expect(await readUnit(unitId)).toMatchObject({ rooms: 3, status: 'booked', priceFixed: true, price: 8_000_000 });
  });

  it('is not saved by an agent', async () => {
    expect(await saveUnit(unitInput('104', 1, 4), null, agent)).toMatchObject({
      ok: false,
      reason: 'not-inventory-editor',
    });
  });
});

describe('import', { timeout: 90_000 }, () => {
  it('writes nothing when one row is bad, and reports every problem by row', async () => {
    const before = (
      await adminDb().collection(paths.units(t())).where('buildingId', '==', buildingId).count().get()
    ).data().count;
    const result = await mustCall<ImportUnitsResult>(
      CALLABLES.importUnits,
      {
        buildingId,
        rows: [
          row(2, '201', '1', 2, 1),
          row(3, '202', '1', 2, 1),
          row(4, '201', '1', 2, 3),
          row(5, '203', '1', 30, 1),
          row(6, '204', '1', 1, 1),
        ],
      },
      manager,
    );
    expect(result.created).toBe(0);
    expect(result.issues.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [3, 'position', 'place-duplicate'],
      [4, 'number', 'number-duplicate'],
      [5, 'floor', 'floor-out-of-range'],
      [6, 'position', 'place-taken'],
    ]);
    const after = (
      await adminDb().collection(paths.units(t())).where('buildingId', '==', buildingId).count().get()
    ).data().count;
    expect(after).toBe(before);
  });

  it('imports a large building in one go, and the same file again changes nothing', async () => {
    const rows: UnitImportRowInput[] = [];
    for (let floor = 3; floor <= 25; floor += 1) {
      for (let position = 1; position <= 8; position += 1) {
        for (const section of ['1', '2']) {
          if (section === '2' && floor === 25 && position === 8) continue;
          rows.push(row(rows.length + 2, `${section}-${floor}-${position}`, section, floor, position));
        }
      }
    }
    const first = await mustCall<ImportUnitsResult>(CALLABLES.importUnits, { buildingId, rows }, manager);
    expect(first).toEqual({ created: rows.length, updated: 0, unchanged: 0, issues: [] });
    const again = await mustCall<ImportUnitsResult>(CALLABLES.importUnits, { buildingId, rows }, manager);
    expect(again).toEqual({ created: 0, updated: 0, unchanged: rows.length, issues: [] });
    const repriced = rows.map((r, index) => (index === 0 ? { ...r, unit: { ...r.unit, price: 5_100_000 } } : r));
    const third = await mustCall<ImportUnitsResult>(CALLABLES.importUnits, { buildingId, rows: repriced }, manager);
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: rows.length - 1 });
    const unit = await adminDb()
      .collection(paths.units(t()))
      .where('buildingId', '==', buildingId)
      .where('number', '==', '1-3-1')
      .get();
    const entries = await history(unit.docs[0]!.id);
    expect(entries.map((entry) => [entry.kind, entry.source, entry.priceAfter])).toEqual([
      ['created', 'import', 5_000_000],
      ['price', 'import', 5_100_000],
    ]);
  });

  it('is refused to agents', async () => {
    const refused = await callCallable(CALLABLES.importUnits, { buildingId, rows: [row(2, '9001', '1', 2, 8)] }, agent);
    expect(refused).toMatchObject({ ok: false, reason: 'not-inventory-editor' });
  });
});

describe('bulk price change', { timeout: 60_000 }, () => {
  it('changes the filtered prices once, records each, and skips fixed prices', async () => {
    const page = await adminDb()
      .collection(paths.units(t()))
      .where('buildingId', '==', buildingId)
      .where('floor', '==', 10)
      .withConverter(unitConverter)
      .get();
    const units = page.docs.map((doc) => doc.data());
    expect(units.length).toBe(16);
    const fixed = units[0]!;
    await adminDb().doc(paths.unit(t(), fixed.id)).update({ priceFixed: true, status: 'booked' });
    const request = {
      buildingId,
      change: { mode: 'percent', value: 10 },
      units: units.map((unit) => ({ unitId: unit.id, price: unit.price })),
    };
    const result = await mustCall<ChangePricesResult>(CALLABLES.changePrices, request, manager);
    expect(result.changed).toBe(15);
    expect(result.skipped).toEqual([{ unitId: fixed.id, reason: 'price-fixed' }]);
    // A retry of the same call: the prices moved since, nothing changes twice.
    const retry = await mustCall<ChangePricesResult>(CALLABLES.changePrices, request, manager);
    expect(retry.changed).toBe(0);
    const changed = units[1]!;
    expect(await readUnit(changed.id)).toMatchObject({ price: 5_500_000 });
    expect((await history(changed.id)).filter((entry) => entry.kind === 'price')).toMatchObject([
      { source: 'bulk', priceBefore: 5_000_000, priceAfter: 5_500_000 },
    ]);
    expect(await readUnit(fixed.id)).toMatchObject({ price: 5_000_000 });
  });

  it('refuses a change of 0 and agents', async () => {
    await expectInvalid(
      CALLABLES.changePrices,
      { buildingId, change: { mode: 'amount', value: 0 }, units: [{ unitId: 'x', price: 1 }] },
      manager,
      'not 0',
    );
    const refused = await callCallable(
      CALLABLES.changePrices,
      { buildingId, change: { mode: 'amount', value: 1000 }, units: [{ unitId: 'x', price: 1 }] },
      agent,
    );
    expect(refused).toMatchObject({ ok: false, reason: 'not-inventory-editor' });
  });
});
