import { z } from 'zod';
import { dealTypeSchema } from '../pipeline/phases';
import { line, optionalLine } from '../shared/text';
import { calendarDateSchema } from './signatory.schema';

/** The three documents under `contacts/{contactId}/buyer/`. */
export const BUYER_FILES = ['questionnaire', 'saved-search', 'tracfin'] as const;
export type BuyerFile = (typeof BUYER_FILES)[number];

export const PROJECT_TYPES = ['main-residence', 'secondary-residence', 'rental-investment', 'professional'] as const;
export const FINANCING_TYPES = ['cash', 'loan', 'mixed'] as const;
export const HOUSING_SITUATIONS = ['tenant', 'owner', 'hosted', 'other'] as const;

/** Property types a buyer looks for (the properties capability uses the same ids). */
export const SEARCH_PROPERTY_TYPES = [
  'apartment',
  'house',
  'land',
  'commercial',
  'parking',
  'building',
  'other',
] as const;
export const MUST_HAVES = [
  'garden',
  'parking',
  'lift',
  'balcony',
  'terrace',
  'cellar',
  'pool',
  'view',
  'ground-floor',
  'accessible',
] as const;

export const BUYER_TEXT_MAX = 2000;
const MONEY_MAX = 1_000_000_000;

const amount = z
  .number({ message: 'a number' })
  .min(0, { message: 'at least 0' })
  .max(MONEY_MAX, { message: `at most ${MONEY_MAX}` })
  .nullable();
const count = (max: number) =>
  z
    .number({ message: 'a number' })
    .int({ message: 'a whole number' })
    .min(0, { message: 'at least 0' })
    .max(max, { message: `at most ${max}` })
    .nullable();

function checkBudget(value: { budgetMin: number | null; budgetMax: number | null }, context: z.RefinementCtx): void {
  if (value.budgetMin !== null && value.budgetMax !== null && value.budgetMin > value.budgetMax) {
    context.addIssue({ code: 'custom', path: ['budgetMax'], message: 'the maximum is below the minimum' });
  }
}

function questionnaireFields<D extends z.ZodType<Date>>(date: D) {
  return z.object({
    projectType: z.enum(PROJECT_TYPES).nullable(),
    budgetMin: amount,
    budgetMax: amount,
    financing: z.object({
      type: z.enum(FINANCING_TYPES).nullable(),
      /** The bank agreed in principle to the loan. */
      loanPreApproved: z.boolean(),
      /** The buyer's own contribution. */
      contribution: amount,
    }),
    /** When the buyer wants to have bought by. */
    deadline: date.nullable(),
    situation: z.object({
      housing: z.enum(HOUSING_SITUATIONS).nullable(),
      /** An owner who must sell before buying. */
      mustSellFirst: z.boolean(),
    }),
    household: z.object({
      adults: count(20),
      children: count(20),
    }),
    notes: optionalLine(BUYER_TEXT_MAX),
  });
}

type QuestionnaireFields = z.infer<ReturnType<typeof questionnaireFields<z.ZodDate>>>;

function checkQuestionnaire(value: QuestionnaireFields, context: z.RefinementCtx): void {
  checkBudget(value, context);
  if (value.financing.loanPreApproved && value.financing.type === 'cash') {
    context.addIssue({
      code: 'custom',
      path: ['financing', 'loanPreApproved'],
      message: 'a cash purchase has no loan',
    });
  }
  if (value.situation.mustSellFirst && value.situation.housing !== 'owner') {
    context.addIssue({ code: 'custom', path: ['situation', 'mustSellFirst'], message: 'only an owner sells first' });
  }
}

/** The initial project questionnaire as the form sends it (the deadline as `2026-03-01`). */
export const buyerQuestionnaireInputSchema = questionnaireFields(calendarDateSchema).superRefine(checkQuestionnaire);
export type BuyerQuestionnaireRequest = z.input<typeof buyerQuestionnaireInputSchema>;

/** `contacts/{contactId}/buyer/questionnaire`, written through the rules. */
export const buyerQuestionnaireSchema = questionnaireFields(z.date())
  .extend({ updatedBy: z.string(), updatedAt: z.date() })
  .superRefine(checkQuestionnaire);
export type BuyerQuestionnaire = z.infer<typeof buyerQuestionnaireSchema>;

export const POSTAL_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z -]{1,9}$/;
export const SEARCH_PLACES_MAX = 20;

/** `contacts/{contactId}/buyer/saved-search`: the criteria matching uses, written through the rules. */
const savedSearchFields = z.object({
  dealType: dealTypeSchema,
  propertyTypes: z
    .array(z.enum(SEARCH_PROPERTY_TYPES))
    .min(1, { message: 'at least one type' })
    .max(SEARCH_PROPERTY_TYPES.length),
  cities: z.array(line(100)).max(SEARCH_PLACES_MAX, { message: `at most ${SEARCH_PLACES_MAX}` }),
  postalCodes: z
    .array(z.string().trim().regex(POSTAL_CODE_PATTERN, { message: 'a postal code like 75011' }))
    .max(SEARCH_PLACES_MAX, { message: `at most ${SEARCH_PLACES_MAX}` }),
  budgetMin: amount,
  budgetMax: amount,
  surfaceMin: z
    .number({ message: 'a number' })
    .min(0, { message: 'at least 0' })
    .max(100_000, { message: 'at most 100000' })
    .nullable(),
  roomsMin: count(50),
  bedroomsMin: count(50),
  mustHaves: z.array(z.enum(MUST_HAVES)).max(MUST_HAVES.length),
  text: optionalLine(BUYER_TEXT_MAX),
});

function checkSavedSearch(value: z.infer<typeof savedSearchFields>, context: z.RefinementCtx): void {
  checkBudget(value, context);
  for (const [field, list] of [
    ['propertyTypes', value.propertyTypes],
    ['mustHaves', value.mustHaves],
    ['cities', value.cities],
    ['postalCodes', value.postalCodes],
  ] as const) {
    if (new Set(list).size !== list.length) {
      context.addIssue({ code: 'custom', path: [field], message: 'the same value twice' });
    }
  }
}

export const savedSearchInputSchema = savedSearchFields.superRefine(checkSavedSearch);
export type SavedSearchInput = z.infer<typeof savedSearchInputSchema>;

export const savedSearchSchema = savedSearchFields
  .extend({ updatedBy: z.string(), updatedAt: z.date() })
  .superRefine(checkSavedSearch);
export type SavedSearch = z.infer<typeof savedSearchSchema>;
