import {
  applyPriceChange,
  decidesApprovals,
  isBelowFloor,
  unitFloorPrice,
  paths,
  type ChangePricesResult,
  type changePricesContract,
  type ContractParsedInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { historyEntry, projectConverter, readBuilding, readInventoryEditor, unitConverter } from './inventory-store';
import { runTransaction } from '../lib/transactions';

/**
 * Changes the price of the units the user filtered by a percentage or an amount, in one transaction,
 * with a history entry per unit. Each unit comes with the price the user saw: a unit whose price moved
 * since is skipped, so a retried call (the first one went through) changes nothing twice. Units with a
 * fixed price, units the change would bring below zero and, for a manager, units it would bring below
 * their project's floor (approvals), are skipped and named in the answer.
 */
export async function changePrices(
  deps: Deps,
  caller: Caller,
  input: ContractParsedInput<typeof changePricesContract>,
): Promise<ChangePricesResult> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readInventoryEditor(db, tx, caller);
    const tenantId = actor.tenantId;
    const building = await readBuilding(db, tx, tenantId, input.buildingId);
    const collection = db.collection(paths.units(tenantId)).withConverter(unitConverter);
    const snapshots = await tx.getAll(...input.units.map(({ unitId }) => collection.doc(unitId)));
    const project = decidesApprovals(actor.role)
      ? undefined
      : (await tx.get(db.doc(paths.project(tenantId, building.projectId)).withConverter(projectConverter))).data();
    const result: ChangePricesResult = { changed: 0, skipped: [] };
    snapshots.forEach((snapshot, index) => {
      const seen = input.units[index]!;
      const unit = snapshot.data();
      if (!unit || unit.buildingId !== building.id) {
        result.skipped.push({ unitId: seen.unitId, reason: 'not-found' });
        return;
      }
      if (unit.priceFixed) {
        result.skipped.push({ unitId: unit.id, reason: 'price-fixed' });
        return;
      }
      if (unit.price !== seen.price) {
        result.skipped.push({ unitId: unit.id, reason: 'price-changed' });
        return;
      }
      const price = applyPriceChange(unit.price, input.change);
      if (price === null) {
        result.skipped.push({ unitId: unit.id, reason: 'negative' });
        return;
      }
      if (price === unit.price) return;
      if (price < unit.price && isBelowFloor(price, unitFloorPrice(unit, project?.floorPricePerSquareMetre))) {
        result.skipped.push({ unitId: unit.id, reason: 'below-floor' });
        return;
      }
      tx.update(snapshot.ref, { price, updatedAt: now });
      const { ref, entry } = historyEntry(db, tenantId, unit.id, actor, now, {
        kind: 'price',
        source: 'bulk',
        priceBefore: unit.price,
        priceAfter: price,
        statusBefore: null,
        statusAfter: null,
      });
      tx.set(ref, entry);
      result.changed += 1;
    });
    return result;
  });
}
