import { z } from 'zod';
import {
  CUSTOM_HISTORY_TYPES_MAX,
  customHistoryTypeIdSchema,
  isCustomHistoryType,
  HISTORY_TYPES,
  type HistoryType,
} from '../history/history.schema';
import { line } from '../shared/text';
import { RENTAL_PHASES, SALE_PHASES, type DealType, type Phase, type RentalPhase, type SalePhase } from './phases';

export const PHASE_NAME_MAX = 60;
export const CUSTOM_HISTORY_TYPE_LABEL_MAX = 60;
/** The moves a deal type may list (the rules' bound): the built-in types and the tenant's own fit well within. */
export const ACTION_PHASES_MAX = 40;

const phaseName = line(PHASE_NAME_MAX);
const salePhaseSchema = z.enum(SALE_PHASES);
const rentalPhaseSchema = z.enum(RENTAL_PHASES);

/** A history type as a key of `actionPhases`: a built-in type or `custom:<id>`. */
const actionKeySchema = z
  .string()
  .refine((key) => (HISTORY_TYPES as readonly string[]).includes(key) || isCustomHistoryType(key), {
    message: 'an unknown history type',
  });

export const customHistoryTypeDefinitionSchema = z.object({
  id: customHistoryTypeIdSchema,
  label: line(CUSTOM_HISTORY_TYPE_LABEL_MAX),
});
export type CustomHistoryTypeDefinition = z.infer<typeof customHistoryTypeDefinitionSchema>;

/** The moves of one deal type: a phase of its list, or null for "moves no phase". */
function actionPhasesOf<P extends z.ZodType>(phase: P) {
  return z.record(actionKeySchema, phase.nullable()).refine((moves) => Object.keys(moves).length <= ACTION_PHASES_MAX, {
    message: `at most ${ACTION_PHASES_MAX} types`,
  });
}

/** The agency's own history types: at most CUSTOM_HISTORY_TYPES_MAX, each id once. */
function customHistoryTypesOf<D extends z.ZodType<CustomHistoryTypeDefinition>>(definition: D) {
  return z
    .array(definition)
    .max(CUSTOM_HISTORY_TYPES_MAX, { message: `at most ${CUSTOM_HISTORY_TYPES_MAX} types` })
    .refine((types) => new Set(types.map((type) => type.id)).size === types.length, {
      message: 'the same type twice',
    });
}

/**
 * `tenants/{tenantId}/settings/pipeline`, written by `pipeline-savePipelineSettings` (owner and admin).
 * `phaseNames` holds only the renamed phases. `actionPhases` holds only the tenant's changes to
 * DEFAULT_ACTION_PHASES: a phase, or null for "this type moves no phase".
 */
export const pipelineSettingsSchema = z.object({
  phaseNames: z
    .object({
      sale: z.partialRecord(salePhaseSchema, phaseName).default({}),
      rental: z.partialRecord(rentalPhaseSchema, phaseName).default({}),
    })
    .default({ sale: {}, rental: {} }),
  actionPhases: z
    .object({
      sale: actionPhasesOf(salePhaseSchema).default({}),
      rental: actionPhasesOf(rentalPhaseSchema).default({}),
    })
    .default({ sale: {}, rental: {} }),
  customHistoryTypes: customHistoryTypesOf(customHistoryTypeDefinitionSchema).default([]),
});
export type PipelineSettings = z.infer<typeof pipelineSettingsSchema>;

export const DEFAULT_PIPELINE_SETTINGS: PipelineSettings = {
  phaseNames: { sale: {}, rental: {} },
  actionPhases: { sale: {}, rental: {} },
  customHistoryTypes: [],
};

/**
 * Which action moves an interest to which phase when the tenant changed nothing (seed 003). `visit`
 * leads to the 1st visit, or the 2nd from the 1st; no mapped action moves an interest back (phaseAfterAction).
 */
export const DEFAULT_ACTION_PHASES: {
  sale: Partial<Record<HistoryType, SalePhase>>;
  rental: Partial<Record<HistoryType, RentalPhase>>;
} = {
  sale: {
    'portal-request': 'request-received',
    'documentation-sent': 'documentation-sent',
    visit: 'first-visit',
    reservation: 'reservation',
    'purchase-confirmation': 'purchase-confirmation',
    'notarial-certification': 'contract-signed',
    refusal: 'cancelled',
  },
  rental: {
    'portal-request': 'request-received',
    'documentation-sent': 'documentation-sent',
    visit: 'first-visit',
    reservation: 'application-received',
    'notarial-certification': 'lease-signed',
    refusal: 'cancelled',
  },
};

/** The phase a history type moves to for this deal type (tenant's choice over the default), or null. */
export function mappedPhase(settings: PipelineSettings, dealType: DealType, type: string): Phase | null {
  const own: Record<string, Phase | null> = settings.actionPhases[dealType];
  if (Object.hasOwn(own, type)) return own[type] ?? null;
  const defaults: Partial<Record<string, Phase>> = DEFAULT_ACTION_PHASES[dealType];
  return defaults[type] ?? null;
}

/**
 * `pipeline-savePipelineSettings`: Settings › Phases sends the whole settings, every part present and
 * nothing else (the stored schema's defaults are for documents saved before a part existed).
 */
export const savePipelineSettingsInputSchema = z.strictObject({
  settings: z.strictObject({
    phaseNames: z.strictObject({
      sale: z.partialRecord(salePhaseSchema, phaseName),
      rental: z.partialRecord(rentalPhaseSchema, phaseName),
    }),
    actionPhases: z.strictObject({
      sale: actionPhasesOf(salePhaseSchema),
      rental: actionPhasesOf(rentalPhaseSchema),
    }),
    customHistoryTypes: customHistoryTypesOf(z.strictObject(customHistoryTypeDefinitionSchema.shape)),
  }),
});
export type SavePipelineSettingsInput = z.infer<typeof savePipelineSettingsInputSchema>;
