import {
  clientListingId,
  clientListingModel,
  clientPlaceModel,
  estimateTravelTimes,
  paths,
  PLACES_PER_CLIENT,
  TRAVEL_MODES,
  type ContractParsedInput,
  type TravelMode,
  type TravelTimesResult,
  type travelTimesContract,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { contactConverter, converterOf } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { placesLog } from './places.log';
import type { RoutingAdapter } from './routing';

const listingConverter = converterOf(clientListingModel);
const placeConverter = converterOf(clientPlaceModel);

/**
 * The times from a listing published to the calling client to each of their points. Every mode is
 * estimated from distance; a routing service, when configured, replaces the modes it serves, and a
 * mode it fails on stays estimated (the answer says which, mode by mode).
 */
export async function travelTimes(
  deps: Pick<Deps, 'db'> & { routing: RoutingAdapter | null },
  caller: Caller,
  input: ContractParsedInput<typeof travelTimesContract>,
): Promise<TravelTimesResult> {
  const claims = caller.claims;
  const contactId = claims?.role === 'client' ? claims.contactId : undefined;
  if (!claims || !contactId) throw new Refusal('permission-denied', 'Only a client asks this.', 'not-client');
  const { db } = deps;
  const tenantId = claims.tenantId;
  const [contact, listing, places] = await Promise.all([
    db.doc(paths.contact(tenantId, contactId)).withConverter(contactConverter).get(),
    db
      .doc(paths.clientListing(tenantId, clientListingId(contactId, input.propertyId)))
      .withConverter(listingConverter)
      .get(),
    db
      .collection(paths.clientPlaces(tenantId))
      .where('contactId', '==', contactId)
      .limit(PLACES_PER_CLIENT)
      .withConverter(placeConverter)
      .get(),
  ]);
  // As the rules' isCurrentClient: a token outlives the client space it was given for.
  const portal = contact.data()?.portal;
  if (!portal || portal.uid !== caller.uid || (portal.status !== 'invited' && portal.status !== 'active')) {
    throw new Refusal('permission-denied', 'This client space is closed.', 'not-client');
  }
  const data = listing.data();
  if (!data || data.status !== 'published') {
    throw new Refusal('not-found', 'This listing is not yours.', 'listing-not-found');
  }
  const origin = data.property.location;
  const points = places.docs.map((doc) => doc.data());
  // A listing without a position has no times to give: no point is answered.
  const result = estimateTravelTimes(origin ?? { latitude: 0, longitude: 0 }, origin ? points : []);
  if (!origin) return result;
  const routing = deps.routing;
  if (!routing || points.length === 0) return result;
  await Promise.all(
    TRAVEL_MODES.map(async (mode: TravelMode) => {
      try {
        const seconds = await routing.durations(mode, origin, points);
        if (!seconds) return;
        result.places.forEach((place, index) => {
          place.minutes[mode] = Math.max(1, Math.round((seconds[index] ?? 0) / 60));
        });
        result.sources[mode] = { kind: 'routed', service: routing.service };
      } catch (error) {
        placesLog.routingFailed(tenantId, routing.service, mode, error);
      }
    }),
  );
  return result;
}
