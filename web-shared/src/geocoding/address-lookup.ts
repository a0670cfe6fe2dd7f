import { z } from 'zod';

/** An address the lookup proposes, ready for the form: its lines and where it stands. */
export interface AddressSuggestion {
  label: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  latitude: number;
  longitude: number;
}

/** Finds addresses as the user types them. The form depends on this, not on a provider. */
export interface AddressLookup {
  search(text: string, signal?: AbortSignal): Promise<AddressSuggestion[]>;
}

/** The Base Adresse Nationale's public API (France); its origin is in both apps' connect-src. */
const BAN_ORIGIN = 'https://api-adresse.data.gouv.fr';
const BAN_LIMIT = 6;

/** The part of the API's GeoCodeJSON answer the form uses; a feature without it is left out. */
const banFeatureSchema = z.object({
  geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({
    label: z.string(),
    type: z.string().optional(),
    name: z.string().optional(),
    housenumber: z.string().optional(),
    street: z.string().optional(),
    postcode: z.string().optional(),
    city: z.string().optional(),
  }),
});
const banAnswerSchema = z.object({ features: z.array(z.unknown()) });

/** What the lookup could not do, for the form to say so and offer the pin on the map. */
export class AddressLookupUnavailable extends Error {}

/**
 * The BAN implementation: `GET /search/?q=…&limit=…&autocomplete=1`. A house number's street is
 * "number street"; a street or locality keeps its name; a municipality has no street line.
 */
export function banAddressLookup(
  fetchFn: typeof fetch = (...args) => fetch(...args),
  origin = BAN_ORIGIN,
): AddressLookup {
  return {
    async search(text, signal) {
      const query = text.trim();
      if (query.length < 3) return [];
      const url = `${origin}/search/?${new URLSearchParams({ q: query, limit: String(BAN_LIMIT), autocomplete: '1' })}`;
      let response: Response;
      try {
        response = await fetchFn(url, { signal });
      } catch (caught) {
        if (signal?.aborted) throw caught;
        throw new AddressLookupUnavailable('the address service cannot be reached');
      }
      if (!response.ok) throw new AddressLookupUnavailable(`the address service answered ${response.status}`);
      const answer = banAnswerSchema.safeParse(await response.json());
      if (!answer.success) throw new AddressLookupUnavailable('the address service answered something else');
      return answer.data.features.flatMap((raw) => {
        const feature = banFeatureSchema.safeParse(raw);
        if (!feature.success) return [];
        const { properties, geometry } = feature.data;
        const [longitude, latitude] = geometry.coordinates;
        const street =
          properties.type === 'municipality'
            ? ''
            : properties.housenumber
              ? `${properties.housenumber} ${properties.street ?? properties.name ?? ''}`.trim()
              : (properties.name ?? '');
        return [
          {
            label: properties.label,
            street,
            postalCode: properties.postcode ?? '',
            city: properties.city ?? '',
            country: 'FR',
            latitude,
            longitude,
          },
        ];
      });
    },
  };
}
