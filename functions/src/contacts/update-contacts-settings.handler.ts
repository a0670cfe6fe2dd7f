import {
  applyContactsSettingsChange,
  contactsSettingsInputSchema,
  paths,
  type ContactsSettingsInput,
  type UpdateContactsSettingsInput,
} from '@estate/domain';
import { FieldValue } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readContactsSettings, readTeamManagerActor } from './contact-access';
import { runTransaction } from '../lib/transactions';

const refusals = {
  'origin-not-found': () => new Refusal('not-found', 'This origin does not exist any more.', 'origin-not-found'),
  'origins-full': () =>
    new Refusal('failed-precondition', 'The agency has as many origins as it may have.', 'origins-full'),
  'origin-label-taken': () =>
    new Refusal('failed-precondition', 'Another origin already has this name.', 'origin-label-taken'),
};

/**
 * `contacts-updateContactsSettings`: owner or admin change the visibility or one origin. The change
 * applies to the stored settings inside a transaction, so two admins editing at once keep both
 * changes; the result is checked against the whole settings schema before it is written.
 */
export async function updateContactsSettings(
  deps: Deps,
  caller: Caller,
  input: UpdateContactsSettingsInput,
): Promise<ContactsSettingsInput> {
  const { db } = deps;
  return runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    const current = await readContactsSettings(db, tx, actor.tenantId);
    const applied = applyContactsSettingsChange(
      { visibility: current.visibility, origins: current.origins },
      input.change,
    );
    if ('refusal' in applied) throw refusals[applied.refusal]();
    const settings = contactsSettingsInputSchema.parse(applied.settings);
    tx.set(db.doc(paths.contactsSettings(actor.tenantId)), { ...settings, updatedAt: FieldValue.serverTimestamp() });
    return settings;
  });
}
