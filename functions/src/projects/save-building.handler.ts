import {
  paths,
  placeProblem,
  type Building,
  type ContractParsedInput,
  type saveBuildingContract,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { buildingConverter, projectConverter, readInventoryEditor } from './inventory-store';
import { runTransaction } from '../lib/transactions';

/**
 * Creates or edits a building of a project. A building stays in its project, and its sections cannot
 * shrink from under its units: a section renamed, removed or made smaller while units stand there is
 * refused with how many units would be left outside.
 */
export async function saveBuilding(
  deps: Deps,
  caller: Caller,
  input: ContractParsedInput<typeof saveBuildingContract>,
): Promise<{ buildingId: string }> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readInventoryEditor(db, tx, caller);
    const tenantId = actor.tenantId;
    const collection = db.collection(paths.buildings(tenantId)).withConverter(buildingConverter);
    const ref = input.buildingId ? collection.doc(input.buildingId) : collection.doc();
    const existing = input.buildingId ? (await tx.get(ref)).data() : undefined;
    if (input.buildingId && !existing) {
      throw new Refusal('not-found', 'This building does not exist any more.', 'building-not-found');
    }
    if (existing && existing.projectId !== input.building.projectId) {
      throw new Refusal('failed-precondition', 'A building cannot move to another project.', 'project-changed');
    }
    const project = await tx.get(
      db.doc(paths.project(tenantId, input.building.projectId)).withConverter(projectConverter),
    );
    if (!project.exists) throw new Refusal('not-found', 'This project does not exist any more.', 'project-not-found');
    if (existing) {
      const places = await tx.get(
        db.collection(paths.units(tenantId)).where('buildingId', '==', ref.id).select('section', 'floor', 'position'),
      );
      const outside = places.docs.filter(
        (doc) =>
          placeProblem(input.building, {
            section: String(doc.get('section')),
            floor: Number(doc.get('floor')),
            position: Number(doc.get('position')),
          }) !== null,
      ).length;
      if (outside > 0) {
        throw new Refusal(
          'failed-precondition',
          `${outside} units would be left outside the building's sections; move them first.`,
          'units-outside',
          { outside },
        );
      }
    }
    const building: Building = { ...input.building, id: ref.id, createdAt: existing?.createdAt ?? now, updatedAt: now };
    tx.set(ref, building);
    return { buildingId: ref.id };
  });
}
