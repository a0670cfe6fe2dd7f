// The demo agency also sells a new-build programme in Marseille: one project, two buildings (the second
// with an underground parking level) and a few hundred units in every status staff and deals leave, so
// the chessboard looks like a sales office's. Reserved units are left to the reservations seed: a hold
// names a reservation, which only that capability writes.
import { type Building, type Project, type Unit, type UnitHistoryEntry, type UnitStatus } from '@estate/domain';

export interface DemoInventory {
  project: Project;
  buildings: Building[];
  units: Unit[];
  /** One "created" entry per unit, and a price change on a few. */
  history: { unitId: string; entry: UnitHistoryEntry }[];
}

/** Rooms and area by place on the floor: the plan repeats on every floor. */
const PLAN: [rooms: number, area: number][] = [
  [0, 27.8],
  [1, 41.5],
  [2, 63.2],
  [3, 84.6],
  [2, 58.9],
  [1, 39.4],
  [3, 92.1],
  [4, 108.35],
];

/** A fixed sequence, so every seed gives the same chessboard. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Low floors sold first, as in a real programme; the top floors held back for a later release. */
function statusOf(floor: number, floors: number, draw: number): UnitStatus {
  if (floor === floors && draw < 0.7) return 'notForSale';
  const soldShare = floor <= 3 ? 0.55 : floor <= 8 ? 0.3 : 0.12;
  if (draw < soldShare) return 'sold';
  if (draw < soldShare + 0.08) return 'booked';
  return 'free';
}

export function demoProjects(
  ids: { newId: () => string; author: { uid: string; displayName: string } },
  now: Date,
): DemoInventory {
  const created = new Date(now.getTime() - 90 * 24 * 3_600_000);
  const repriced = new Date(now.getTime() - 20 * 24 * 3_600_000);
  const project: Project = {
    id: ids.newId(),
    name: 'Les Terrasses du Prado',
    address: '210 avenue du Prado',
    city: 'Marseille',
    latitude: 43.2703,
    longitude: 5.3889,
    completion: { year: now.getUTCFullYear() + 2, quarter: 2 },
    stage: 'construction',
    description: 'Deux bâtiments de 12 et 16 étages avec parking en sous-sol, à dix minutes des plages du Prado.',
    // Below it, a manager's price waits for the head of sales (approvals).
    floorPricePerSquareMetre: 4_200,
    createdAt: created,
    updatedAt: created,
  };
  const buildings: Building[] = [
    {
      id: ids.newId(),
      projectId: project.id,
      name: 'Bâtiment A',
      sections: [
        { name: 'A1', floors: 12, positionsPerFloor: 6 },
        { name: 'A2', floors: 12, positionsPerFloor: 6 },
      ],
      createdAt: created,
      updatedAt: created,
    },
    {
      id: ids.newId(),
      projectId: project.id,
      name: 'Bâtiment B',
      sections: [{ name: 'B', floors: 16, positionsPerFloor: 8 }],
      createdAt: created,
      updatedAt: created,
    },
  ];
  const draw = sequence(20_261_207);
  const units: Unit[] = [];
  const history: DemoInventory['history'] = [];
  const entry = (unitId: string, change: Omit<UnitHistoryEntry, 'id' | 'authorUid' | 'authorName' | 'at'>, at: Date) =>
    history.push({
      unitId,
      entry: { id: ids.newId(), ...change, authorUid: ids.author.uid, authorName: ids.author.displayName, at },
    });
  const add = (unit: Omit<Unit, 'id' | 'priceFixed' | 'hold' | 'createdAt' | 'updatedAt' | 'layout'>) => {
    const id = ids.newId();
    const priceFixed = unit.status === 'booked' || unit.status === 'sold';
    units.push({ ...unit, id, priceFixed, hold: null, layout: null, createdAt: created, updatedAt: created });
    entry(
      id,
      {
        kind: 'created',
        source: 'import',
        priceBefore: null,
        priceAfter: unit.price,
        statusBefore: null,
        statusAfter: 'free',
      },
      created,
    );
  };

  for (const building of buildings) {
    for (const section of building.sections) {
      for (let floor = 1; floor <= section.floors; floor += 1) {
        for (let position = 1; position <= section.positionsPerFloor; position += 1) {
          const [rooms, area] = PLAN[position - 1] ?? [1, 40];
          // The ground floor of B is shops.
          const kind = building.name === 'Bâtiment B' && floor === 1 ? 'commercial' : 'apartment';
          const perMetre = (kind === 'commercial' ? 4_300 : 5_200) * (1 + floor * 0.012) * (rooms === 0 ? 1.08 : 1);
          add({
            projectId: project.id,
            buildingId: building.id,
            section: section.name,
            number: `${section.name}-${floor}${String(position).padStart(2, '0')}`,
            floor,
            position,
            kind,
            rooms: kind === 'commercial' ? 0 : rooms,
            area,
            livingArea: kind === 'commercial' ? null : Math.round(area * 78) / 100,
            kitchenArea: kind === 'commercial' || rooms === 0 ? null : Math.round(area * 15) / 100,
            finish: floor > 10 ? 'turnkey' : floor > 4 ? 'whiteBox' : 'rough',
            price: Math.round((area * perMetre) / 1_000) * 1_000,
            status: statusOf(floor, section.floors, draw()),
          });
        }
      }
    }
    if (building.name === 'Bâtiment B') {
      for (let position = 1; position <= 8; position += 1) {
        add({
          projectId: project.id,
          buildingId: building.id,
          section: 'B',
          number: `P-${String(position).padStart(2, '0')}`,
          floor: -1,
          position,
          kind: position > 6 ? 'storage' : 'parking',
          rooms: 0,
          area: position > 6 ? 6.5 : 13.75,
          livingArea: null,
          kitchenArea: null,
          finish: 'none',
          price: position > 6 ? 9_000 : 25_000,
          status: draw() < 0.4 ? 'sold' : 'free',
        });
      }
    }
  }
  // The last price list raised the free flats above the 8th floor by 3 %: their history says so.
  for (const unit of units) {
    if (unit.status !== 'free' || unit.floor <= 8) continue;
    const before = unit.price;
    unit.price = Math.round((before * 1.03) / 1_000) * 1_000;
    unit.updatedAt = repriced;
    entry(
      unit.id,
      {
        kind: 'price',
        source: 'bulk',
        priceBefore: before,
        priceAfter: unit.price,
        statusBefore: null,
        statusAfter: null,
      },
      repriced,
    );
  }
  // Staff held the top floors back by hand; sales and paid offers moved the others (their capabilities' history).
  for (const unit of units) {
    if (unit.status !== 'notForSale') continue;
    entry(
      unit.id,
      {
        kind: 'status',
        source: 'form',
        priceBefore: null,
        priceAfter: null,
        statusBefore: 'free',
        statusAfter: unit.status,
      },
      repriced,
    );
  }
  return { project, buildings, units, history };
}
