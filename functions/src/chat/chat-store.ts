import { chatMessageModel, chatThreadModel, paths } from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { converterOf } from '../lib/converters';

export const threadConverter = converterOf(chatThreadModel);
export const messageConverter = converterOf(chatMessageModel);

/** A listing's title and reference, as the thread shows them; empty when the property is gone. */
export async function readPropertyLabel(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  propertyId: string,
): Promise<{ title: string; reference: string }> {
  const data = (await tx.get(db.doc(paths.property(tenantId, propertyId)))).data() ?? {};
  return {
    title: typeof data.title === 'string' ? data.title : '',
    reference: typeof data.reference === 'string' ? data.reference : '',
  };
}

/**
 * Who a listing's thread belongs to, from the client's listing (`clientListings/{threadId}`, the same
 * id): null when there is none. Read field by field, the listings capability owns its schema.
 */
export async function readListingOwner(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  threadId: string,
): Promise<{ contactId: string; propertyId: string } | null> {
  const data = (await tx.get(db.doc(paths.clientListing(tenantId, threadId)))).data();
  if (typeof data?.contactId !== 'string' || typeof data.propertyId !== 'string') return null;
  return { contactId: data.contactId, propertyId: data.propertyId };
}
