import {
  paths,
  propertyModel,
  statusFitsDeal,
  type ChangePropertyStatusInput,
  type ChangePropertyStatusResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { readModel } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { propertiesLog } from './properties.log';
import { moveStatus, staffAuthor } from './property-store';
import { runTransaction } from '../lib/transactions';

/**
 * A status chosen on the property's page (archiving included): the property's `status` and a
 * `status-change` history entry in one transaction. The status it already has writes nothing, so a
 * retried call adds no second entry; `sold` on a rental and `rented` on a sale are refused.
 */
export async function changeStatus(
  deps: Deps,
  caller: Caller,
  input: ChangePropertyStatusInput,
): Promise<ChangePropertyStatusResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const ref = db.doc(paths.property(actor.tenantId, input.propertyId));
    const property = readModel(propertyModel, await tx.get(ref));
    if (!property) throw new Refusal('not-found', 'This property does not exist.', 'property-not-found');
    if (!statusFitsDeal(input.status, property.dealType)) {
      throw new Refusal(
        'failed-precondition',
        property.dealType === 'sale' ? 'A property for sale is sold, not rented.' : 'A rental is rented, not sold.',
        'status-not-for-deal',
      );
    }
    if (property.status === input.status) return null;
    const tenant = await readTenant(db, tx, actor.tenantId);
    moveStatus(db, tx, { author: staffAuthor(actor), locale: tenant.locale, property, to: input.status, now });
    return { tenantId: actor.tenantId, from: property.status, by: actor.uid };
  });
  if (outcome) propertiesLog.statusChanged(outcome.tenantId, input.propertyId, outcome.from, input.status, outcome.by);
  return { changed: outcome !== null };
}
