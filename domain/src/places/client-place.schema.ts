import { z } from 'zod';
import { docIdSchema, line, uidSchema } from '../shared/text';

/**
 * `tenants/{t}/clientPlaces/{contactId}_{slot}`: a point of interest of a client (their work, a
 * school, family…), written directly by the client (so a point added offline is sent when back
 * online) or by a collaborator who sees the client, from the client file. The rules check the shape
 * and whose it is. A client has at most PLACES_PER_CLIENT points: the id names one of that many slots,
 * so the bound costs the rules no read and holds offline, where a counter would have to be read.
 */
export const PLACE_KINDS = ['work', 'school', 'family', 'transport', 'shops', 'health', 'leisure', 'other'] as const;
export const placeKindSchema = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof placeKindSchema>;

export const PLACES_PER_CLIENT = 20;
export const PLACE_NAME_MAX = 80;
export const PLACE_ADDRESS_MAX = 200;

/** What the forms edit: the same fields in both apps and in the rules (isValidPlaceFields). */
export const clientPlaceInputSchema = z.object({
  kind: placeKindSchema,
  name: line(PLACE_NAME_MAX),
  address: line(PLACE_ADDRESS_MAX),
  latitude: z.number({ message: 'a number' }).min(-90).max(90),
  longitude: z.number({ message: 'a number' }).min(-180).max(180),
});
export type ClientPlaceInput = z.infer<typeof clientPlaceInputSchema>;

/** Who added the point: the client themselves, or a collaborator for them. */
export const placeAuthorSchema = z.object({ kind: z.enum(['client', 'agent']), uid: uidSchema });
export type PlaceAuthor = z.infer<typeof placeAuthorSchema>;

export const clientPlaceSchema = clientPlaceInputSchema.extend({
  id: z.string().min(3).max(80),
  contactId: docIdSchema,
  addedBy: placeAuthorSchema,
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ClientPlace = z.infer<typeof clientPlaceSchema>;

/** The id of a client's point in slot `slot` (0 to PLACES_PER_CLIENT - 1). */
export function clientPlaceId(contactId: string, slot: number): string {
  if (!Number.isInteger(slot) || slot < 0 || slot >= PLACES_PER_CLIENT) throw new RangeError(`no slot ${slot}`);
  return `${contactId}_${slot}`;
}

/** The first slot none of `places` holds, as an id; null when the client has all their points. */
export function freePlaceId(contactId: string, places: readonly Pick<ClientPlace, 'id'>[]): string | null {
  const taken = new Set(places.map((place) => place.id));
  for (let slot = 0; slot < PLACES_PER_CLIENT; slot += 1) {
    const id = clientPlaceId(contactId, slot);
    if (!taken.has(id)) return id;
  }
  return null;
}
