import {
  cityKey,
  paths,
  propertySearchTokens,
  statusChangeText,
  statusFitsDeal,
  type HistoryEntry,
  type Locale,
  type Property,
  type PropertyLocation,
  type PropertyLocationInput,
  type PropertyStatus,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { geohashForLocation } from 'geofire-common';
import { historyConverter } from '../pipeline/pipeline-store';
import type { Actor } from '../lib/staff';

/** Ten characters place a property within about a metre: finer than any radius query needs. */
const GEOHASH_PRECISION = 10;

/** The stored location: the coordinates as given and their geohash, computed here so no app can forge it. */
export function storedLocation(location: PropertyLocationInput | null): PropertyLocation | null {
  if (location === null) return null;
  return {
    ...location,
    geohash: geohashForLocation([location.latitude, location.longitude], GEOHASH_PRECISION),
  };
}

/** What the server derives from the address for the list's city filter and the quick search. */
export function addressKeys(address: Property['address']): Pick<Property, 'cityKey' | 'searchTokens'> {
  return { cityKey: cityKey(address.city), searchTokens: propertySearchTokens(address) };
}

/** Who changes a status: a staff member, or a function acting on its own (`SYSTEM_AUTHOR_UID`). */
export interface StatusAuthor {
  tenantId: string;
  uid: string;
  /** As the history's text names them. */
  name: string;
}

export function staffAuthor(actor: Actor): StatusAuthor {
  return { tenantId: actor.tenantId, uid: actor.uid, name: actor.member.displayName || actor.member.email };
}

/**
 * A `status-change` entry in the property's history, naming its sellers (so their files show it too),
 * written in the caller's transaction. Its own type, so pipeline-onHistoryCreated moves no phase for it.
 */
export function writeStatusChange(
  db: Firestore,
  tx: Transaction,
  change: {
    author: StatusAuthor;
    locale: Locale;
    property: Pick<Property, 'id' | 'sellerContactIds'>;
    from: PropertyStatus | null;
    to: PropertyStatus;
    now: Date;
  },
): void {
  const { author, property, from, to, now } = change;
  const ref = db.collection(paths.history(author.tenantId)).doc().withConverter(historyConverter);
  const entry: HistoryEntry = {
    id: ref.id,
    type: 'status-change',
    occurredAt: now,
    authorUid: author.uid,
    contactIds: property.sellerContactIds,
    propertyId: property.id,
    dealId: null,
    text: statusChangeText(change.locale, author.name, from, to),
    phase: null,
    phaseChange: null,
    statusChange: { from, to },
    createdAt: now,
  };
  tx.create(ref, entry);
}

/**
 * Moves a property to a status by the rules of `properties-changeStatus`, in the caller's transaction
 * (after its reads): a status that does not exist for the deal (`statusFitsDeal`) or the status it
 * already has writes nothing; otherwise `status`, `updatedAt` and a `status-change` history entry.
 * Answers whether it wrote. The callable refuses an unfit status before calling this; a function acting
 * on its own (a signed mandate) simply leaves the property as it is.
 */
export function moveStatus(
  db: Firestore,
  tx: Transaction,
  change: {
    author: StatusAuthor;
    locale: Locale;
    property: Pick<Property, 'id' | 'sellerContactIds' | 'status' | 'dealType'>;
    to: PropertyStatus;
    now: Date;
  },
): boolean {
  const { author, property, to, now } = change;
  if (!statusFitsDeal(to, property.dealType) || property.status === to) return false;
  tx.update(db.doc(paths.property(author.tenantId, property.id)), { status: to, updatedAt: now });
  writeStatusChange(db, tx, { author, locale: change.locale, property, from: property.status, to, now });
  return true;
}
