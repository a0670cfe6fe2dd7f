import { z } from 'zod';
import { defineCallable } from '../shared/contract';
import { docIdSchema } from '../shared/text';
import { priceChangeSchema } from './inventory-rules';
import { buildingInputSchema, projectInputSchema } from './project.schema';
import { importUnitsResultSchema, unitImportRowSchema } from './unit-import';
import { unitInputSchema } from './unit.schema';

/** How many units one import or one bulk price change takes: a large building. */
export const UNIT_BATCH_MAX = 3000;

const editorRefusals = ['actor-not-active', 'not-inventory-editor', 'not-staff'] as const;

export const saveProjectInputSchema = z.object({
  projectId: docIdSchema.nullable().default(null),
  project: projectInputSchema,
});
export type SaveProjectInput = z.input<typeof saveProjectInputSchema>;

export const saveProjectContract = defineCallable({
  name: 'projects-saveProject',
  access: 'signed-in',
  input: saveProjectInputSchema,
  output: z.object({ projectId: z.string() }),
  refusals: [...editorRefusals, 'project-not-found', 'floor-head-of-sales-only'],
});

export const saveBuildingInputSchema = z.object({
  buildingId: docIdSchema.nullable().default(null),
  building: buildingInputSchema,
});
export type SaveBuildingInput = z.input<typeof saveBuildingInputSchema>;

export const saveBuildingContract = defineCallable({
  name: 'projects-saveBuilding',
  access: 'signed-in',
  input: saveBuildingInputSchema,
  output: z.object({ buildingId: z.string() }),
  refusals: [...editorRefusals, 'building-not-found', 'project-not-found', 'project-changed', 'units-outside'],
});

export const saveUnitInputSchema = z.object({
  unitId: docIdSchema.nullable().default(null),
  unit: unitInputSchema,
});
export type SaveUnitInput = z.input<typeof saveUnitInputSchema>;

export const saveUnitContract = defineCallable({
  name: 'projects-saveUnit',
  access: 'signed-in',
  input: saveUnitInputSchema,
  output: z.object({ unitId: z.string() }),
  refusals: [
    ...editorRefusals,
    'building-not-found',
    'building-changed',
    'unit-not-found',
    'section-unknown',
    'floor-out-of-range',
    'position-out-of-range',
    'number-taken',
    'place-taken',
    'price-fixed',
    'status-not-allowed',
    'price-below-floor',
  ],
});

export const importUnitsInputSchema = z.object({
  buildingId: docIdSchema,
  rows: z.array(unitImportRowSchema).min(1, { message: 'no rows' }).max(UNIT_BATCH_MAX),
});
export type ImportUnitsInput = z.input<typeof importUnitsInputSchema>;

export const importUnitsContract = defineCallable({
  name: 'projects-importUnits',
  access: 'signed-in',
  input: importUnitsInputSchema,
  output: importUnitsResultSchema,
  refusals: [...editorRefusals, 'building-not-found'],
});

/** Each unit with the price the user saw: a unit whose price moved since (or a retried call) is skipped. */
export const changePricesInputSchema = z.object({
  buildingId: docIdSchema,
  change: priceChangeSchema,
  units: z
    .array(z.object({ unitId: docIdSchema, price: z.number().int().min(0) }))
    .min(1, { message: 'no units' })
    .max(UNIT_BATCH_MAX),
});
export type ChangePricesInput = z.input<typeof changePricesInputSchema>;

export const CHANGE_PRICES_SKIPS = ['price-fixed', 'price-changed', 'not-found', 'negative', 'below-floor'] as const;

export const changePricesResultSchema = z.object({
  changed: z.number().int(),
  skipped: z.array(z.object({ unitId: z.string(), reason: z.enum(CHANGE_PRICES_SKIPS) })),
});
export type ChangePricesResult = z.infer<typeof changePricesResultSchema>;

export const changePricesContract = defineCallable({
  name: 'projects-changePrices',
  access: 'signed-in',
  input: changePricesInputSchema,
  output: changePricesResultSchema,
  refusals: [...editorRefusals, 'building-not-found'],
});

/** The layout the caller saw: one uploaded since stays. */
export const removeUnitLayoutInputSchema = z.object({ unitId: docIdSchema, layoutId: docIdSchema });

export const removeUnitLayoutContract = defineCallable({
  name: 'projects-removeUnitLayout',
  access: 'signed-in',
  input: removeUnitLayoutInputSchema,
  output: z.object({ status: z.enum(['removed', 'already-removed']) }),
  refusals: [...editorRefusals, 'unit-not-found'],
});
