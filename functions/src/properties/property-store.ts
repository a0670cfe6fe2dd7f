import {
  cityKey,
  paths,
  propertySearchTokens,
  statusChangeText,
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

/**
 * A `status-change` entry in the property's history, naming its sellers (so their files show it too),
 * written in the caller's transaction. Its own type, so pipeline-onHistoryCreated moves no phase for it.
 */
export function writeStatusChange(
  db: Firestore,
  tx: Transaction,
  change: {
    actor: Actor;
    locale: Locale;
    property: Pick<Property, 'id' | 'sellerContactIds'>;
    from: PropertyStatus | null;
    to: PropertyStatus;
    now: Date;
  },
): void {
  const { actor, property, from, to, now } = change;
  const ref = db.collection(paths.history(actor.tenantId)).doc().withConverter(historyConverter);
  const entry: HistoryEntry = {
    id: ref.id,
    type: 'status-change',
    occurredAt: now,
    authorUid: actor.uid,
    contactIds: property.sellerContactIds,
    propertyId: property.id,
    dealId: null,
    text: statusChangeText(change.locale, actor.member.displayName || actor.member.email, from, to),
    phase: null,
    phaseChange: null,
    statusChange: { from, to },
    createdAt: now,
  };
  tx.create(ref, entry);
}
