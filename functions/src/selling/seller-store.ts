import {
  paths,
  sellerActivityModel,
  sellerPropertyModel,
  type SellerActivity,
  type SellerProperty,
} from '@estate/domain';
import { createHash } from 'node:crypto';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { converterOf, readModel } from '../lib/converters';

const sellerActivityConverter = converterOf(sellerActivityModel);
const sellerPropertyConverter = converterOf(sellerPropertyModel);

/**
 * The part of a report's id that stands for its listing (`{buyer contactId}_{propertyId}`): a one-way
 * hash, salted with the tenant, so the id a seller reads never gives the buyer's contact id back.
 */
export function listingHash(tenantId: string, listingId: string): string {
  return createHash('sha256').update(`${tenantId}/${listingId}`).digest('hex').slice(0, 32);
}

export function sellerActivityRef(db: Firestore, tenantId: string, id: string): DocumentReference<SellerActivity> {
  return db.doc(paths.sellerActivityItem(tenantId, id)).withConverter(sellerActivityConverter);
}

export function sellerPropertyRef(
  db: Firestore,
  tenantId: string,
  propertyId: string,
): DocumentReference<SellerProperty> {
  return db.doc(paths.sellerProperty(tenantId, propertyId)).withConverter(sellerPropertyConverter);
}

/** Same stored content: both sides went through the schema, so key order and Dates compare as JSON. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Inside a transaction that already made its reads but this one: makes the projection at `ref` what
 * `wanted` says (written when it differs, deleted when null). A stored copy that no longer parses is
 * overwritten, since functions alone write it. Answers what changed, for the log.
 */
export async function putProjection<T extends object>(
  tx: Transaction,
  ref: DocumentReference<T>,
  model: typeof sellerActivityModel | typeof sellerPropertyModel,
  wanted: T | null,
): Promise<'written' | 'removed' | null> {
  const snapshot = await tx.get(ref.withConverter(null));
  let stored: unknown = null;
  if (snapshot.exists) {
    try {
      stored = readModel(model, snapshot);
    } catch {
      stored = undefined;
    }
  }
  if (wanted === null) {
    if (!snapshot.exists) return null;
    tx.delete(ref);
    return 'removed';
  }
  const parsed = model.schema.parse(wanted);
  if (stored !== null && stored !== undefined && same(stored, parsed)) return null;
  tx.set(ref, parsed as T);
  return 'written';
}

interface Change {
  before: { exists: boolean; get(field: string): unknown };
  after: { exists: boolean; get(field: string): unknown };
}

/**
 * Whether a write changed what a copy is made of: its fields as stored, before and after (a create or a
 * delete always does). Most writes of a property (a photo, a snapshot, a counter of another kind) and of
 * a mandate (its events) change none, and cost no transaction then.
 */
export function changedFields(change: Change | undefined, fields: readonly string[]): boolean {
  if (!change) return false;
  if (change.before.exists !== change.after.exists) return true;
  const of = (side: Change['before']) => JSON.stringify(fields.map((field) => side.get(field) ?? null));
  return of(change.before) !== of(change.after);
}
