import {
  contactFullName,
  paths,
  type Contact,
  type RequestDeletionInput,
  type RequestDeletionResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { memberConverter, toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { readTenant } from '../lib/staff';
import { readCollaboratorActor, readVisibleContact } from './contact-access';
import { runTransaction } from '../lib/transactions';

/**
 * A collaborator who sees the contact asks owner and admin to delete it: the request is kept on the
 * contact and mailed to each active owner and admin. Asking again while a request is pending changes
 * nothing and mails nobody.
 */
export async function requestDeletion(
  deps: Deps,
  caller: Caller,
  input: RequestDeletionInput,
): Promise<RequestDeletionResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readCollaboratorActor(db, tx, caller);
    const contact = await readVisibleContact(db, tx, actor, input.contactId);
    if (contact.deletionRequest) return { tenantId: actor.tenantId, notified: -1 };
    const tenant = await readTenant(db, tx, actor.tenantId);
    const managers = await tx.get(
      db.collection(paths.members(tenant.id)).withConverter(memberConverter).where('role', 'in', ['owner', 'admin']),
    );
    const recipients = managers.docs.map((doc) => doc.data()).filter((member) => member.status === 'active');
    const deletionRequest: Contact['deletionRequest'] = {
      requestedBy: actor.uid,
      requestedAt: now,
      reason: input.reason,
    };
    tx.update(db.doc(paths.contact(tenant.id, contact.id)), toStored({ deletionRequest, updatedAt: now }));
    const link = deps.links.link('admin', tenant, '/deletion-requests');
    for (const recipient of recipients) {
      queueMail(
        db,
        tx,
        {
          tenantId: tenant.id,
          to: recipient.email,
          locale: recipient.locale,
          templateId: 'deletion-request',
          // contactId stays in the data, not on the mail: the mail goes to staff, not to the client, and
          // contacts-eraseContact finds it there to remove the name it carries.
          data: {
            requesterName: actor.member.displayName,
            contactName: contactFullName(contact),
            reason: input.reason,
            contactId: contact.id,
            link,
          },
          brand: brandOf(tenant),
        },
        now,
      );
    }
    return { tenantId: tenant.id, notified: recipients.length };
  });
  if (outcome.notified < 0) return { status: 'already-requested' };
  contactsLog.deletionRequested(outcome.tenantId, input.contactId, caller.uid, outcome.notified);
  return { status: 'requested' };
}
