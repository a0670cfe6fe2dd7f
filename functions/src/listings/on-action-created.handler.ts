import {
  applyListingAction,
  averageStars,
  clientListingId,
  listingActionHistory,
  paths,
  SYSTEM_AUTHOR_UID,
  VISIT_OUTCOME_WORDS,
  type HistoryEntry,
  type ListingAction,
  type ListingActionRefusal,
  type MailTemplateId,
} from '@estate/domain';
import { readClientMailing } from '../lib/client-mail';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { historyConverter } from '../pipeline/pipeline-store';
import { listingActionConverter, listingRef } from './listing-store';
import { listingsLog } from './listings.log';
import { runTransaction } from '../lib/transactions';

export type ActionOutcome = 'applied' | 'done-before' | 'gone' | ListingActionRefusal;

/** Ids derived from the action: a retried trigger finds them and writes nothing again. */
export const actionMailId = (action: Pick<ListingAction, 'id' | 'kind'>) => `${action.kind}-${action.id}`;
export const actionHistoryId = (actionId: string) => `listing-action-${actionId}`;

const AGENT_TEMPLATE: Record<ListingAction['kind'], MailTemplateId> = {
  'visit-request': 'listing-visit-request',
  reject: 'listing-rejected',
  'visit-report': 'listing-visit-report',
};

/**
 * Applies a client's action to their listing, once: in one transaction it reads the action (already
 * handled: nothing more), the listing and what mailing needs, then moves the listing by the stage
 * machine, writes the history entry, mails the agent and marks the action handled. An action the
 * listing no longer allows (unpublished, answered meanwhile) is marked refused and changes nothing.
 */
export async function applyAction(deps: Deps, tenantId: string, actionId: string): Promise<ActionOutcome> {
  const { db } = deps;
  const now = deps.now();
  const actionRef = db.doc(paths.listingAction(tenantId, actionId)).withConverter(listingActionConverter);
  const result = await runTransaction(db, async (tx): Promise<{ outcome: ActionOutcome; mailed: boolean }> => {
    const action = (await tx.get(actionRef)).data();
    if (!action) return { outcome: 'gone', mailed: false };
    if (action.handled) return { outcome: 'done-before', mailed: false };
    const ref = listingRef(db, tenantId, clientListingId(action.contactId, action.propertyId));
    const mailId = actionMailId(action);
    const [listingSnapshot, mailing] = await Promise.all([
      tx.get(ref),
      readClientMailing(db, tx, tenantId, action.contactId, [mailId], now),
    ]);
    const listing = listingSnapshot.data();
    const refuse = (refusal: ListingActionRefusal) => {
      tx.update(actionRef, toStored({ handled: { status: 'refused', refusal, at: now } }));
      return { outcome: refusal, mailed: false };
    };
    if (!listing) return refuse('listing-not-found');
    const applied = applyListingAction(listing, action, 'client', now);
    if (!applied.ok) return refuse(applied.refusal);
    tx.update(ref, toStored({ ...applied.changes, updatedAt: now }));
    tx.update(actionRef, toStored({ handled: { status: 'applied', refusal: null, at: now } }));
    if (!mailing) return { outcome: 'applied', mailed: false };
    const history = listingActionHistory(mailing.tenant.locale, action, listing.property.reference);
    const entryRef = db.doc(paths.historyEntry(tenantId, actionHistoryId(action.id))).withConverter(historyConverter);
    const entry: HistoryEntry = {
      id: entryRef.id,
      type: history.type,
      occurredAt: action.createdAt,
      authorUid: SYSTEM_AUTHOR_UID,
      contactIds: [action.contactId],
      propertyId: action.propertyId,
      dealId: null,
      text: history.text,
      phase: null,
      phaseChange: null,
      createdAt: now,
    };
    tx.set(entryRef, entry);
    const agentLocale = mailing.agent?.locale ?? mailing.tenant.locale;
    const mailed = mailing.toAgent({
      templateId: AGENT_TEMPLATE[action.kind],
      mailId,
      data: {
        propertyTitle: listing.property.title,
        propertyReference: listing.property.reference,
        availability: action.availability,
        reason: action.reason,
        comment: action.comment,
        stars: action.stars ? String(averageStars(action.stars)) : '',
        outcome: action.outcome ? VISIT_OUTCOME_WORDS[agentLocale][action.outcome] : '',
        link: deps.links.link('admin', mailing.tenant, `/clients/${action.contactId}/client-space`),
      },
    });
    return { outcome: 'applied', mailed };
  });
  if (result.outcome === 'applied') listingsLog.actionApplied(tenantId, actionId, result.mailed);
  else if (result.outcome !== 'done-before' && result.outcome !== 'gone') {
    listingsLog.actionRefused(tenantId, actionId, result.outcome);
  }
  return result.outcome;
}
