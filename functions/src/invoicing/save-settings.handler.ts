import type { ValidInvoicingSettingsInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { runTransaction } from '../lib/transactions';
import { readTeamManagerActor } from '../contacts/contact-access';
import { invoicingSettingsRef } from './invoice-store';
import { invoicingLog } from './invoicing.log';

/**
 * Settings › Invoicing (owner and admin): the agency as its invoices name it and its payment terms.
 * Drafts take them when validated; a validated invoice keeps those it was validated with.
 */
export async function saveInvoicingSettings(
  deps: Deps,
  caller: Caller,
  input: ValidInvoicingSettingsInput,
): Promise<{ saved: true }> {
  const { db } = deps;
  const tenantId = await runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    tx.set(invoicingSettingsRef(db, actor.tenantId), { ...input, updatedAt: deps.now(), updatedBy: actor.uid });
    return actor.tenantId;
  });
  invoicingLog.settingsSaved(tenantId, caller.uid);
  return { saved: true };
}
