import {
  PROPERTY_PRICE_MAX,
  propertyFieldsSchema,
  statusFitsDeal,
  type Property,
  type PropertyInput,
  type PropertyLocationInput,
} from '@estate/domain';
import { z } from 'zod';

/**
 * The property form: the domain's fields, in their shape, with the price null while its input is empty
 * (required) and the fees always present (null amount: no fees). `toPropertyInput` builds the callable's
 * input, which properties-saveProperty validates again with `propertyInputSchema`.
 */
export const propertyFormSchema = propertyFieldsSchema
  .extend({
    price: z
      .number({ message: 'required' })
      .int({ message: 'a whole number' })
      .min(0, { message: 'at least 0' })
      .max(PROPERTY_PRICE_MAX, { message: `at most ${PROPERTY_PRICE_MAX}` })
      .nullable()
      .refine((value) => value !== null, { message: 'required' }),
    fees: z
      .object({
        payer: z.enum(['seller', 'buyer']),
        kind: z.enum(['amount', 'percent']),
        value: z.number().min(0, { message: 'at least 0' }).max(PROPERTY_PRICE_MAX).nullable(),
      })
      .refine((fees) => fees.kind !== 'percent' || fees.value === null || fees.value <= 100, {
        message: 'at most 100 %',
        path: ['value'],
      }),
  })
  .refine((property) => statusFitsDeal(property.status, property.dealType), {
    message: 'sold is for a sale, rented for a rental',
    path: ['status'],
  });
export type PropertyFormInput = z.input<typeof propertyFormSchema>;
export type PropertyFormOutput = z.output<typeof propertyFormSchema>;

const NO_FEES = { payer: 'buyer', kind: 'percent', value: null } as const;

export function emptyPropertyForm(agentUid: string): PropertyFormInput {
  return {
    dealType: 'sale',
    title: '',
    propertyType: 'apartment',
    address: { street: '', complement: '', postalCode: '', city: '', country: 'FR' },
    location: null,
    price: null,
    fees: { ...NO_FEES },
    charges: null,
    propertyTax: null,
    surface: null,
    landSurface: null,
    carrezSurface: null,
    rooms: null,
    bedrooms: null,
    floor: null,
    floors: null,
    yearBuilt: null,
    heating: { type: null, energy: null },
    dpe: { energyValue: null, climateValue: null, energyClass: null, climateClass: null },
    features: [],
    coOwnership: { isCoOwnership: false, lots: null, annualCharges: null, proceedings: false },
    descriptions: { fr: '', en: '', ru: '' },
    privateNote: '',
    sourceUrl: '',
    showSourceUrlToClients: false,
    status: 'estimation',
    assignedAgentUid: agentUid,
    sellerContactIds: [],
  };
}

/** The stored location without its geohash, which the server derives again. */
function locationInput(property: Property): PropertyLocationInput | null {
  if (!property.location) return null;
  const { latitude, longitude, source } = property.location;
  return { latitude, longitude, source };
}

export function propertyToForm(property: Property): PropertyFormInput {
  return {
    dealType: property.dealType,
    title: property.title,
    propertyType: property.propertyType,
    address: { ...property.address },
    location: locationInput(property),
    price: property.price,
    fees: property.fees ? { ...property.fees } : { ...NO_FEES },
    charges: property.charges,
    propertyTax: property.propertyTax,
    surface: property.surface,
    landSurface: property.landSurface,
    carrezSurface: property.carrezSurface,
    rooms: property.rooms,
    bedrooms: property.bedrooms,
    floor: property.floor,
    floors: property.floors,
    yearBuilt: property.yearBuilt,
    heating: { ...property.heating },
    dpe: { ...property.dpe },
    features: [...property.features],
    coOwnership: { ...property.coOwnership },
    descriptions: { ...property.descriptions },
    privateNote: property.privateNote,
    sourceUrl: property.sourceUrl,
    showSourceUrlToClients: property.showSourceUrlToClients,
    status: property.status,
    assignedAgentUid: property.assignedAgentUid,
    sellerContactIds: [...property.sellerContactIds],
  };
}

export function toPropertyInput(values: PropertyFormOutput): PropertyInput {
  const { fees, price, coOwnership, ...rest } = values;
  return {
    ...rest,
    price: price ?? 0,
    fees: fees.value === null ? null : { payer: fees.payer, kind: fees.kind, value: fees.value },
    // Co-ownership details go with the switch: a property that is not co-owned keeps none.
    coOwnership: coOwnership.isCoOwnership
      ? coOwnership
      : { isCoOwnership: false, lots: null, annualCharges: null, proceedings: false },
  };
}

/** One id per opening of the form: a create sent twice makes one property. */
export function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 20);
}
