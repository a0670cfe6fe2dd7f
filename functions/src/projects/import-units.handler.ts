import {
  canStaffSetStatus,
  paths,
  placeKey,
  placeProblem,
  UNIT_COLUMNS,
  type ContractParsedInput,
  type ImportUnitsResult,
  type importUnitsContract,
  type Unit,
  type UnitImportIssue,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { historyEntry, readBuilding, readInventoryEditor, unitConverter } from './inventory-store';
import { runTransaction } from '../lib/transactions';

const PLACE_MESSAGES = {
  'section-unknown': 'the building has no section of this name',
  'floor-out-of-range': "outside the section's floors",
  'position-out-of-range': "beyond the section's places per floor",
} as const;

/**
 * Imports a building's units from a spreadsheet's rows: a row whose number exists updates that unit,
 * another creates one. Every row is checked first against the building and its units (places,
 * numbers, fixed prices, statuses staff may set); one problem anywhere and nothing is written, and the
 * answer lists every problem by row. Otherwise everything is written in one transaction, with a history
 * entry per created unit and per change of price or status. Importing the same file again changes nothing.
 */
export async function importUnits(
  deps: Deps,
  caller: Caller,
  input: ContractParsedInput<typeof importUnitsContract>,
): Promise<ImportUnitsResult> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readInventoryEditor(db, tx, caller);
    const tenantId = actor.tenantId;
    const building = await readBuilding(db, tx, tenantId, input.buildingId);
    const collection = db.collection(paths.units(tenantId)).withConverter(unitConverter);
    const current = (await tx.get(collection.where('buildingId', '==', building.id))).docs.map((doc) => doc.data());
    const byNumber = new Map(current.map((unit) => [unit.number, unit]));
    const imported = new Set(input.rows.map((row) => row.unit.number));
    // Places kept by the units the file does not name; the file's units take theirs anew.
    const keptPlaces = new Map(
      current.filter((unit) => !imported.has(unit.number)).map((unit) => [placeKey(unit), unit.number]),
    );

    const issues: UnitImportIssue[] = [];
    const numbers = new Map<string, number>();
    const places = new Map<string, number>();
    for (const { row, unit } of input.rows) {
      const issue = (column: UnitImportIssue['column'], code: string, message: string) =>
        issues.push({ row, column, code, message });
      const problem = placeProblem(building, unit);
      if (problem) {
        const column =
          problem === 'section-unknown' ? 'section' : problem === 'floor-out-of-range' ? 'floor' : 'position';
        issue(column, problem, PLACE_MESSAGES[problem]);
      }
      const firstRow = numbers.get(unit.number);
      if (firstRow !== undefined)
        issue('number', 'number-duplicate', `number ${unit.number} is already on row ${firstRow}`);
      else numbers.set(unit.number, row);
      const place = placeKey(unit);
      const placeRow = places.get(place);
      if (placeRow !== undefined) issue('position', 'place-duplicate', `the same place as row ${placeRow}`);
      else places.set(place, row);
      const keeper = keptPlaces.get(place);
      if (keeper !== undefined) issue('position', 'place-taken', `unit ${keeper} stands at this place`);
      const existing = byNumber.get(unit.number);
      if (existing?.priceFixed && existing.price !== unit.price) {
        issue('price', 'price-fixed', `the offer on unit ${unit.number} is paid: its price is fixed`);
      }
      if (unit.status !== null && !canStaffSetStatus(existing ?? null, unit.status)) {
        issue('status', 'status-not-allowed', 'staff set only free or not for sale, on a unit nobody holds');
      }
    }
    if (issues.length > 0) {
      return { created: 0, updated: 0, unchanged: 0, issues: issues.sort((a, b) => a.row - b.row) };
    }

    let created = 0;
    let updated = 0;
    let unchanged = 0;
    for (const { unit: row } of input.rows) {
      const existing = byNumber.get(row.number);
      const ref = existing ? collection.doc(existing.id) : collection.doc();
      const unit: Unit = {
        ...row,
        projectId: building.projectId,
        buildingId: building.id,
        status: row.status ?? existing?.status ?? 'free',
        layout: existing?.layout ?? null,
        id: ref.id,
        priceFixed: existing?.priceFixed ?? false,
        hold: existing?.hold ?? null,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      if (existing && UNIT_COLUMNS.every((column) => existing[column] === unit[column])) {
        unchanged += 1;
        continue;
      }
      tx.set(ref, unit);
      const record = (change: Parameters<typeof historyEntry>[5]) => {
        const { ref: entryRef, entry } = historyEntry(db, tenantId, ref.id, actor, now, change);
        tx.set(entryRef, entry);
      };
      if (!existing) {
        created += 1;
        record({
          kind: 'created',
          source: 'import',
          priceBefore: null,
          priceAfter: unit.price,
          statusBefore: null,
          statusAfter: unit.status,
        });
        continue;
      }
      updated += 1;
      if (existing.price !== unit.price) {
        record({
          kind: 'price',
          source: 'import',
          priceBefore: existing.price,
          priceAfter: unit.price,
          statusBefore: null,
          statusAfter: null,
        });
      }
      if (existing.status !== unit.status) {
        record({
          kind: 'status',
          source: 'import',
          priceBefore: null,
          priceAfter: null,
          statusBefore: existing.status,
          statusAfter: unit.status,
        });
      }
    }
    return { created, updated, unchanged, issues: [] };
  });
}
