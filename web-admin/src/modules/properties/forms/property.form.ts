import {
  dealTypeSchema,
  PROPERTY_PRICE_MAX,
  PROPERTY_ROOMS_MAX,
  PROPERTY_SELLERS_MAX,
  PROPERTY_SURFACE_MAX,
  propertyStatusSchema,
  propertyTypeSchema,
  type Property,
  type PropertyInput,
} from '@estate/domain';
import { z } from 'zod';

const wholeOrEmpty = (max: number) =>
  z
    .number()
    .int({ message: 'a whole number' })
    .min(0, { message: 'at least 0' })
    .max(max, { message: `at most ${max}` })
    .nullable();

/**
 * The property form: numbers from number inputs (null while empty). `toPropertyInput` builds the
 * callable's input, which properties-saveProperty validates again with `propertyInputSchema`.
 */
export const propertyFormSchema = z.object({
  dealType: dealTypeSchema,
  title: z.string().trim().min(1, { message: 'required' }).max(160, { message: 'at most 160 characters' }),
  propertyType: propertyTypeSchema,
  postalCode: z.string().trim().max(20, { message: 'at most 20 characters' }),
  city: z.string().trim().min(1, { message: 'required' }).max(100, { message: 'at most 100 characters' }),
  price: wholeOrEmpty(PROPERTY_PRICE_MAX).refine((value) => value !== null, { message: 'required' }),
  surface: z
    .number()
    .positive({ message: 'more than 0' })
    .max(PROPERTY_SURFACE_MAX, { message: `at most ${PROPERTY_SURFACE_MAX}` })
    .nullable(),
  rooms: wholeOrEmpty(PROPERTY_ROOMS_MAX),
  status: propertyStatusSchema,
  assignedAgentUid: z.string().min(1, { message: 'required' }),
  sellerContactIds: z.array(z.string()).max(PROPERTY_SELLERS_MAX),
});
export type PropertyFormInput = z.input<typeof propertyFormSchema>;
export type PropertyFormOutput = z.output<typeof propertyFormSchema>;

export function emptyPropertyForm(agentUid: string): PropertyFormInput {
  return {
    dealType: 'sale',
    title: '',
    propertyType: 'apartment',
    postalCode: '',
    city: '',
    price: null,
    surface: null,
    rooms: null,
    status: 'offline',
    assignedAgentUid: agentUid,
    sellerContactIds: [],
  };
}

export function propertyToForm(property: Property): PropertyFormInput {
  return {
    dealType: property.dealType,
    title: property.title,
    propertyType: property.propertyType,
    postalCode: property.address.postalCode,
    city: property.address.city,
    price: property.price,
    surface: property.surface,
    rooms: property.rooms,
    status: property.status,
    assignedAgentUid: property.assignedAgentUid,
    sellerContactIds: property.sellerContactIds,
  };
}

export function toPropertyInput(values: PropertyFormOutput): PropertyInput {
  return {
    dealType: values.dealType,
    title: values.title,
    propertyType: values.propertyType,
    address: { postalCode: values.postalCode, city: values.city },
    price: values.price ?? 0,
    surface: values.surface,
    rooms: values.rooms,
    status: values.status,
    sellerContactIds: values.sellerContactIds,
    assignedAgentUid: values.assignedAgentUid,
  };
}

/** One id per opening of the form: a create sent twice makes one property. */
export function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 20);
}
