import {
  canStaffSetStatus,
  decidesApprovals,
  isBelowFloor,
  paths,
  placeProblem,
  type ContractParsedInput,
  type saveUnitContract,
  type Unit,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { historyEntry, readBuilding, readFloorPrice, readInventoryEditor, unitConverter } from './inventory-store';
import { runTransaction } from '../lib/transactions';

const PLACE_MESSAGES = {
  'section-unknown': 'The building has no section of this name.',
  'floor-out-of-range': "This floor is outside the section's floors.",
  'position-out-of-range': "This position is beyond the section's places per floor.",
} as const;

/**
 * Creates or edits a unit. Its number is unique in the building and its place (section, floor,
 * position) holds one unit; staff set only free and not for sale, and a fixed price does not change.
 * Each change of price or status writes one history entry in the same transaction, so a retried
 * transaction or a call repeated with the same values records nothing twice.
 */
export async function saveUnit(
  deps: Deps,
  caller: Caller,
  input: ContractParsedInput<typeof saveUnitContract>,
): Promise<{ unitId: string }> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readInventoryEditor(db, tx, caller);
    const tenantId = actor.tenantId;
    const collection = db.collection(paths.units(tenantId)).withConverter(unitConverter);
    const ref = input.unitId ? collection.doc(input.unitId) : collection.doc();
    const existing = input.unitId ? (await tx.get(ref)).data() : undefined;
    if (input.unitId && !existing)
      throw new Refusal('not-found', 'This unit does not exist any more.', 'unit-not-found');
    if (existing && existing.buildingId !== input.unit.buildingId) {
      throw new Refusal('failed-precondition', 'A unit cannot move to another building.', 'building-changed');
    }
    const building = await readBuilding(db, tx, tenantId, input.unit.buildingId);
    const problem = placeProblem(building, input.unit);
    if (problem) throw new Refusal('invalid-argument', PLACE_MESSAGES[problem], problem);

    const units = db.collection(paths.units(tenantId)).where('buildingId', '==', building.id);
    const sameNumber = await tx.get(units.where('number', '==', input.unit.number).limit(2));
    if (sameNumber.docs.some((doc) => doc.id !== ref.id)) {
      throw new Refusal(
        'failed-precondition',
        `Unit ${input.unit.number} already exists in this building.`,
        'number-taken',
      );
    }
    const samePlace = await tx.get(
      units
        .where('section', '==', input.unit.section)
        .where('floor', '==', input.unit.floor)
        .where('position', '==', input.unit.position)
        .limit(2),
    );
    const other = samePlace.docs.find((doc) => doc.id !== ref.id);
    if (other) {
      throw new Refusal(
        'failed-precondition',
        `Unit ${String(other.get('number'))} already stands at this place.`,
        'place-taken',
        {
          number: other.get('number'),
        },
      );
    }
    if (!canStaffSetStatus(existing ?? null, input.unit.status)) {
      throw new Refusal(
        'failed-precondition',
        'Staff set a unit free or not for sale, and only while nobody holds it; reservations and offers set the other statuses.',
        'status-not-allowed',
      );
    }
    if (existing?.priceFixed && existing.price !== input.unit.price) {
      throw new Refusal('failed-precondition', "The unit's offer is paid: its price is fixed.", 'price-fixed');
    }
    if (existing?.price !== input.unit.price && !decidesApprovals(actor.role)) {
      const floorPrice = await readFloorPrice(db, tx, tenantId, building.projectId, input.unit);
      if (isBelowFloor(input.unit.price, floorPrice)) {
        throw new Refusal(
          'failed-precondition',
          "This price is below the project's floor: the head of sales must approve it.",
          'price-below-floor',
          { floorPrice },
        );
      }
    }

    const unit: Unit = {
      ...input.unit,
      projectId: building.projectId,
      id: ref.id,
      priceFixed: existing?.priceFixed ?? false,
      hold: existing?.hold ?? null,
      layout: existing?.layout ?? null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    tx.set(ref, unit);
    const record = (change: Parameters<typeof historyEntry>[5]) => {
      const { ref: entryRef, entry } = historyEntry(db, tenantId, ref.id, actor, now, change);
      tx.set(entryRef, entry);
    };
    if (!existing) {
      record({
        kind: 'created',
        source: 'form',
        priceBefore: null,
        priceAfter: unit.price,
        statusBefore: null,
        statusAfter: unit.status,
      });
    } else {
      if (existing.price !== unit.price) {
        record({
          kind: 'price',
          source: 'form',
          priceBefore: existing.price,
          priceAfter: unit.price,
          statusBefore: null,
          statusAfter: null,
        });
      }
      if (existing.status !== unit.status) {
        record({
          kind: 'status',
          source: 'form',
          priceBefore: null,
          priceAfter: null,
          statusBefore: existing.status,
          statusAfter: unit.status,
        });
      }
    }
    return { unitId: ref.id };
  });
}
