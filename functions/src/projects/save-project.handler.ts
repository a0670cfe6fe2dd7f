import {
  decidesApprovals,
  paths,
  type ContractParsedInput,
  type Project,
  type saveProjectContract,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { projectConverter, readInventoryEditor } from './inventory-store';
import { runTransaction } from '../lib/transactions';

/**
 * Creates or edits a construction project (owner, admin, manager). Its floor price per m² bounds what
 * managers price alone (approvals), so only the owner or an admin sets it.
 */
export async function saveProject(
  deps: Deps,
  caller: Caller,
  input: ContractParsedInput<typeof saveProjectContract>,
): Promise<{ projectId: string }> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readInventoryEditor(db, tx, caller);
    const collection = db.collection(paths.projects(actor.tenantId)).withConverter(projectConverter);
    const ref = input.projectId ? collection.doc(input.projectId) : collection.doc();
    const existing = input.projectId ? (await tx.get(ref)).data() : undefined;
    if (input.projectId && !existing) {
      throw new Refusal('not-found', 'This project does not exist any more.', 'project-not-found');
    }
    const floorBefore = existing?.floorPricePerSquareMetre ?? null;
    const floor = input.project.floorPricePerSquareMetre ?? null;
    if (floor !== floorBefore && !decidesApprovals(actor.role)) {
      throw new Refusal(
        'permission-denied',
        "Only the owner or an admin set the project's floor price.",
        'floor-head-of-sales-only',
      );
    }
    const project: Project = {
      ...input.project,
      floorPricePerSquareMetre: floor,
      id: ref.id,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    tx.set(ref, project);
    return { projectId: ref.id };
  });
}
