import { z } from 'zod';
import { PROPERTY_PRICE_MAX, PROPERTY_ROOMS_MAX, PROPERTY_SURFACE_MAX } from '../properties/property.schema';
import { docIdSchema, line, optionalLine } from '../shared/text';

/**
 * An estimation of a property: the value range the agency announces to the seller, the method that
 * gave it, the comparable sales behind it and the agent's notes. Kept in
 * `properties/{propertyId}/estimations/{estimationId}`, written only by `estimations-saveEstimation`,
 * read by the collaborators, never by clients; rendered as the branded appraisal PDF.
 */

/**
 * The methods of French appraisal practice: by comparison with recent sales, by capitalising the
 * rent it would fetch, by land value plus the building's cost; `other` for a method the notes explain.
 */
export const ESTIMATION_METHODS = ['comparison', 'income', 'land-and-building', 'other'] as const;
export const estimationMethodSchema = z.enum(ESTIMATION_METHODS);
export type EstimationMethod = z.infer<typeof estimationMethodSchema>;

/** Where a comparable sale came from: typed by the agent, or a line of the public DVF open data. */
export const COMPARABLE_SOURCES = ['manual', 'dvf'] as const;
export type ComparableSource = (typeof COMPARABLE_SOURCES)[number];

/** The kinds a comparable sale can be of: DVF's `type_local` says no more than these. */
export const COMPARABLE_KINDS = ['apartment', 'house', 'commercial', 'other'] as const;
export type ComparableKind = (typeof COMPARABLE_KINDS)[number];

export const ESTIMATION_COMPARABLES_MAX = 50;
export const ESTIMATION_NOTES_MAX = 5000;

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date like 2026-03-31' })
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    {
      message: 'a date like 2026-03-31',
    },
  );

const priceSchema = z
  .number({ message: 'a number' })
  .int({ message: 'a whole number of euros' })
  .min(1, { message: 'more than 0' })
  .max(PROPERTY_PRICE_MAX, { message: `at most ${PROPERTY_PRICE_MAX}` });

export const comparableSaleSchema = z.object({
  /** Street and number as the source gives them; the city and postcode apart. */
  address: optionalLine(200),
  postalCode: optionalLine(20),
  city: line(100),
  /** The date of the sale (DVF's `date_mutation`). */
  date: isoDateSchema,
  price: priceSchema,
  surface: z
    .number({ message: 'a number' })
    .positive({ message: 'more than 0' })
    .max(PROPERTY_SURFACE_MAX, { message: `at most ${PROPERTY_SURFACE_MAX}` }),
  rooms: z
    .number({ message: 'a whole number' })
    .int({ message: 'a whole number' })
    .min(0)
    .max(PROPERTY_ROOMS_MAX)
    .nullable()
    .default(null),
  kind: z.enum(COMPARABLE_KINDS).nullable().default(null),
  source: z.enum(COMPARABLE_SOURCES).default('manual'),
  /** DVF's `id_mutation` when imported from it: the same sale is not imported twice. */
  sourceId: optionalLine(60),
});
export type ComparableSale = z.infer<typeof comparableSaleSchema>;
export type ComparableSaleInput = z.input<typeof comparableSaleSchema>;

export const estimationFieldsSchema = z
  .object({
    low: priceSchema,
    high: priceSchema,
    method: estimationMethodSchema,
    comparables: z
      .array(comparableSaleSchema)
      .max(ESTIMATION_COMPARABLES_MAX, { message: `at most ${ESTIMATION_COMPARABLES_MAX} comparable sales` })
      .default([]),
    notes: optionalLine(ESTIMATION_NOTES_MAX),
  })
  .refine((estimation) => estimation.low <= estimation.high, {
    message: 'the low value is above the high value',
    path: ['high'],
  });
export type EstimationInput = z.input<typeof estimationFieldsSchema>;
export type EstimationFields = z.output<typeof estimationFieldsSchema>;

/**
 * `estimations-saveEstimation`: creates when `estimationId` is null. `requestId` is made once per form
 * opening, so a create sent twice makes one estimation.
 */
export const saveEstimationInputSchema = z.object({
  propertyId: docIdSchema,
  estimationId: docIdSchema.nullable(),
  requestId: docIdSchema,
  estimation: estimationFieldsSchema,
});
export type SaveEstimationInput = z.infer<typeof saveEstimationInputSchema>;
export type SaveEstimationRequest = z.input<typeof saveEstimationInputSchema>;
export const saveEstimationResultSchema = z.object({ estimationId: z.string() });
export type SaveEstimationResult = z.infer<typeof saveEstimationResultSchema>;

export const deleteEstimationInputSchema = z.object({ propertyId: docIdSchema, estimationId: docIdSchema });
export type DeleteEstimationInput = z.infer<typeof deleteEstimationInputSchema>;
export const deleteEstimationResultSchema = z.object({ status: z.enum(['deleted', 'already-deleted']) });
export type DeleteEstimationResult = z.infer<typeof deleteEstimationResultSchema>;

/** `estimations-renderAppraisal`: the PDF is rendered, kept privately and opened through files-download. */
export const renderAppraisalInputSchema = z.object({ propertyId: docIdSchema, estimationId: docIdSchema });
export type RenderAppraisalInput = z.infer<typeof renderAppraisalInputSchema>;
export const renderAppraisalResultSchema = z.object({ size: z.number().int().min(1) });
export type RenderAppraisalResult = z.infer<typeof renderAppraisalResultSchema>;

/** `tenants/{t}/properties/{p}/estimations/{e}`. */
export const estimationSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  low: z.number(),
  high: z.number(),
  method: estimationMethodSchema,
  comparables: z.array(comparableSaleSchema).default([]),
  notes: z.string().default(''),
  /** The collaborator who made it, and their name as it prints on the appraisal. */
  createdBy: z.string(),
  createdByName: z.string().default(''),
  createdAt: z.date(),
  updatedAt: z.date(),
  requestId: z.string().default(''),
});
export type Estimation = z.infer<typeof estimationSchema>;
