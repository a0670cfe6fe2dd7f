import {
  buildingModel,
  isInventoryEditor,
  paths,
  projectModel,
  unitHistoryEntryModel,
  unitModel,
  unitFloorPrice,
  type Building,
  type UnitHistoryEntry,
  type UnitKind,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { converterOf } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import { readActor, type Actor } from '../lib/staff';

export const projectConverter = converterOf(projectModel);
export const buildingConverter = converterOf(buildingModel);
export const unitConverter = converterOf(unitModel);
const unitHistoryConverter = converterOf(unitHistoryEntryModel);

/** The caller, when they may edit the inventory (owner, admin, manager). */
export async function readInventoryEditor(db: Firestore, tx: Transaction, caller: Caller): Promise<Actor> {
  const actor = await readActor(db, tx, caller);
  if (!isInventoryEditor(actor.role)) {
    throw new Refusal(
      'permission-denied',
      'Only the owner, an admin or a manager may edit projects, buildings and units.',
      'not-inventory-editor',
    );
  }
  return actor;
}

export async function readBuilding(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  buildingId: string,
): Promise<Building> {
  const building = (await tx.get(db.doc(paths.building(tenantId, buildingId)).withConverter(buildingConverter))).data();
  if (!building) throw new Refusal('not-found', 'This building does not exist any more.', 'building-not-found');
  return building;
}

/** The lowest price a manager may set alone on the unit (approvals), null when there is none. */
export async function readFloorPrice(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  projectId: string,
  unit: { kind: UnitKind; area: number },
): Promise<number | null> {
  const project = (await tx.get(db.doc(paths.project(tenantId, projectId)).withConverter(projectConverter))).data();
  return unitFloorPrice(unit, project?.floorPricePerSquareMetre);
}

/** A new history entry of a unit, by the actor, now; the caller writes it in the change's transaction. */
export function historyEntry(
  db: Firestore,
  tenantId: string,
  unitId: string,
  actor: Actor,
  now: Date,
  change: Omit<UnitHistoryEntry, 'id' | 'authorUid' | 'authorName' | 'at'>,
) {
  const ref = db.collection(paths.unitHistory(tenantId, unitId)).doc().withConverter(unitHistoryConverter);
  const entry: UnitHistoryEntry = {
    id: ref.id,
    ...change,
    authorUid: actor.uid,
    authorName: actor.member.displayName,
    at: now,
  };
  return { ref, entry };
}
