import { clientListingId, type SetPublishedInput, type SetPublishedResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { readClientMailing } from '../lib/client-mail';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { readPipelineCollaborator, readVisibleContact } from '../pipeline/pipeline-store';
import { listingRef, readListing } from './listing-store';
import { listingsLog } from './listings.log';
import { runTransaction } from '../lib/transactions';

/** Each publication mails once: its number names the mail. */
export function publishedMailId(listingId: string, publication: number): string {
  return `listing-published-${listingId}-${publication}`;
}

/**
 * Publishes a listing (the client sees it in Nouveautés, and is mailed unless they turned optional
 * mails off) or unpublishes it (hidden again; its stage and the client's answers are kept). Asking
 * for what already is changes nothing and mails nobody.
 */
export async function setPublished(deps: Deps, caller: Caller, input: SetPublishedInput): Promise<SetPublishedResult> {
  const { db } = deps;
  const now = deps.now();
  const listingId = clientListingId(input.contactId, input.propertyId);
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const contact = await readVisibleContact(db, tx, actor, input.contactId);
    const listing = await readListing(db, tx, actor.tenantId, listingId);
    const unchanged = { tenantId: actor.tenantId, by: actor.uid, changed: false, mailed: false };
    if ((listing.status === 'published') === input.published) return unchanged;
    const ref = listingRef(db, actor.tenantId, listingId);
    if (!input.published) {
      tx.update(ref, toStored({ status: 'draft', updatedAt: now }));
      return { ...unchanged, changed: true };
    }
    const publication = listing.publications + 1;
    const mailId = publishedMailId(listingId, publication);
    const mailing = await readClientMailing(db, tx, actor.tenantId, contact.id, [mailId], now);
    // A client without a space yet sees the listing once invited; a mail now would lead nowhere.
    const mailed =
      mailing !== null &&
      contact.portal.status !== 'none' &&
      mailing.toClient({
        templateId: 'listing-published',
        mailId,
        optional: true,
        data: {
          propertyTitle: listing.property.title,
          propertyReference: listing.property.reference,
          city: listing.property.city,
          link: deps.links.link('client', mailing.tenant, `/listings/${listing.propertyId}`),
        },
      });
    tx.update(
      ref,
      toStored({
        status: 'published',
        publications: publication,
        publishedAt: now,
        // Back in Nouveautés only if the client had not answered it yet.
        ...(listing.stage === 'new' ? { stageChangedAt: now } : {}),
        updatedAt: now,
      }),
    );
    return { ...unchanged, changed: true, mailed };
  });
  listingsLog.publicationChanged(outcome.tenantId, listingId, input.published, outcome.mailed, outcome.by);
  return { status: outcome.changed ? 'changed' : 'unchanged', mailed: outcome.mailed };
}
