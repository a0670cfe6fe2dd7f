import { z } from 'zod';
import { line, optionalLine } from '../shared/text';

/**
 * New-build inventory (the developer's sales office): a construction project holds buildings, a
 * building its sections with their floors, and each place on a floor a unit (`unit.schema.ts`).
 * Amounts are whole units of the tenant's currency, as property prices are; areas are m² with at most
 * two decimals.
 */
export const PROJECT_STAGES = ['planned', 'construction', 'completed'] as const;
export const projectStageSchema = z.enum(PROJECT_STAGES);
export type ProjectStage = z.infer<typeof projectStageSchema>;

/** When the project is handed over, by quarter (how developers announce it). */
export const completionSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4),
});
export type Completion = z.infer<typeof completionSchema>;

/** What the project form edits. */
export const projectInputSchema = z.object({
  name: line(120),
  address: line(200),
  city: line(80),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  completion: completionSchema.nullable().default(null),
  stage: projectStageSchema,
  description: optionalLine(4000),
  /**
   * The lowest price per m² a manager may set alone; below it the head of sales approves
   * (domain/src/approvals). Null or absent: no floor.
   */
  floorPricePerSquareMetre: z
    .number({ message: 'a number' })
    .int({ message: 'a whole number' })
    .min(1, { message: 'at least 1' })
    .nullable()
    .optional(),
});
export type ProjectInput = z.input<typeof projectInputSchema>;

/** `tenants/{t}/projects/{projectId}`. */
export const projectSchema = projectInputSchema.extend({
  id: z.string().min(1).max(64),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Project = z.infer<typeof projectSchema>;

export const BUILDING_SECTIONS_MAX = 20;
export const BUILDING_FLOORS_MAX = 100;
export const FLOOR_POSITIONS_MAX = 40;

/** A section ("подъезд"): its floors are counted from 1, each with the same number of places. */
export const buildingSectionSchema = z.object({
  name: line(40),
  floors: z.number().int().min(1).max(BUILDING_FLOORS_MAX),
  positionsPerFloor: z.number().int().min(1).max(FLOOR_POSITIONS_MAX),
});
export type BuildingSection = z.infer<typeof buildingSectionSchema>;

/** What the building form edits. */
export const buildingInputSchema = z.object({
  projectId: z.string().min(1).max(64),
  name: line(80),
  sections: z
    .array(buildingSectionSchema)
    .min(1, { message: 'at least one section' })
    .max(BUILDING_SECTIONS_MAX, { message: `at most ${BUILDING_SECTIONS_MAX} sections` })
    .refine((sections) => new Set(sections.map((section) => section.name)).size === sections.length, {
      message: 'each section needs its own name',
    }),
});
export type BuildingInput = z.input<typeof buildingInputSchema>;

/** `tenants/{t}/buildings/{buildingId}` (flat, naming its project). */
export const buildingSchema = buildingInputSchema.extend({
  id: z.string().min(1).max(64),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Building = z.infer<typeof buildingSchema>;
