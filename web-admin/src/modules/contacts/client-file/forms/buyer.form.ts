import {
  buyerQuestionnaireInputSchema,
  dealTypeSchema,
  FINANCING_TYPES,
  FUNDS_ORIGINS,
  HOUSING_SITUATIONS,
  IDENTITY_DOCUMENT_TYPES,
  MUST_HAVES,
  PROJECT_TYPES,
  RISK_LEVELS,
  saveTracfinInputSchema,
  savedSearchInputSchema,
  SEARCH_PROPERTY_TYPES,
  toCalendarDate,
  type BuyerQuestionnaire,
  type SavedSearch,
  type SaveTracfinRequest,
  type TracfinFile,
} from '@estate/domain';
import { z } from 'zod';
import { toDateTimeLocal } from '../../../history';

/** A NumberInput value ('' when empty) as the domain's nullable number. */
const amount = z.union([z.number(), z.literal('')]).transform((value) => (value === '' ? null : value));
const optionalDate = z.string().transform((value) => (value === '' ? null : value));

/**
 * Checks a form's values with a domain schema, each refusal under its field (the form and the schema
 * share their field paths), and gives the schema's output.
 */
function checkedWith<S extends z.ZodType>(schema: S) {
  return (value: unknown, context: z.RefinementCtx): z.output<S> => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      context.addIssue({ code: 'custom', path: issue.path.map(String), message: issue.message });
    }
    return z.NEVER;
  };
}

// --- questionnaire ---------------------------------------------------------------------------------

const questionnaireFields = z.object({
  projectType: z.enum(PROJECT_TYPES).nullable(),
  budgetMin: amount,
  budgetMax: amount,
  financing: z.object({ type: z.enum(FINANCING_TYPES).nullable(), loanPreApproved: z.boolean(), contribution: amount }),
  deadline: optionalDate,
  situation: z.object({ housing: z.enum(HOUSING_SITUATIONS).nullable(), mustSellFirst: z.boolean() }),
  household: z.object({ adults: amount, children: amount }),
  notes: z.string(),
});

/** The questionnaire form, checked by the domain schema (same field paths); the output is what is stored. */
export const questionnaireFormSchema = questionnaireFields.transform(checkedWith(buyerQuestionnaireInputSchema));
export type QuestionnaireFormInput = z.input<typeof questionnaireFormSchema>;

export function questionnaireToForm(file: BuyerQuestionnaire | null): QuestionnaireFormInput {
  return {
    projectType: file?.projectType ?? null,
    budgetMin: file?.budgetMin ?? '',
    budgetMax: file?.budgetMax ?? '',
    financing: {
      type: file?.financing.type ?? null,
      loanPreApproved: file?.financing.loanPreApproved ?? false,
      contribution: file?.financing.contribution ?? '',
    },
    deadline: file?.deadline ? toCalendarDate(file.deadline) : '',
    situation: {
      housing: file?.situation.housing ?? null,
      mustSellFirst: file?.situation.mustSellFirst ?? false,
    },
    household: { adults: file?.household.adults ?? '', children: file?.household.children ?? '' },
    notes: file?.notes ?? '',
  };
}

// --- saved search ----------------------------------------------------------------------------------

export const savedSearchFormSchema = z
  .object({
    dealType: dealTypeSchema,
    propertyTypes: z.array(z.enum(SEARCH_PROPERTY_TYPES)),
    cities: z.array(z.string()),
    postalCodes: z.array(z.string()),
    budgetMin: amount,
    budgetMax: amount,
    surfaceMin: amount,
    roomsMin: amount,
    bedroomsMin: amount,
    mustHaves: z.array(z.enum(MUST_HAVES)),
    text: z.string(),
  })
  .transform(checkedWith(savedSearchInputSchema));
export type SavedSearchFormInput = z.input<typeof savedSearchFormSchema>;

export function savedSearchToForm(search: SavedSearch | null): SavedSearchFormInput {
  return {
    dealType: search?.dealType ?? 'sale',
    propertyTypes: search?.propertyTypes ?? [],
    cities: search?.cities ?? [],
    postalCodes: search?.postalCodes ?? [],
    budgetMin: search?.budgetMin ?? '',
    budgetMax: search?.budgetMax ?? '',
    surfaceMin: search?.surfaceMin ?? '',
    roomsMin: search?.roomsMin ?? '',
    bedroomsMin: search?.bedroomsMin ?? '',
    mustHaves: search?.mustHaves ?? [],
    text: search?.text ?? '',
  };
}

// --- Tracfin ---------------------------------------------------------------------------------------

const tracfinFields = z.object({
  identityDocument: z.object({
    type: z.enum(IDENTITY_DOCUMENT_TYPES).nullable(),
    number: z.string(),
    expiresAt: z.string(),
    checked: z.boolean(),
  }),
  beneficialOwners: z.array(
    z.object({ name: z.string(), birthDate: z.string(), sharePercent: z.union([z.number(), z.literal('')]) }),
  ),
  funds: z.object({ origins: z.array(z.enum(FUNDS_ORIGINS)), detail: z.string() }),
  /** `yes`, `no`, or '' while not asked. */
  pep: z.object({ exposed: z.enum(['', 'yes', 'no']), detail: z.string() }),
  /** The check's time as `datetime-local` and its result; both empty while not checked. */
  assetFreezeCheck: z.object({ checkedAt: z.string(), result: z.enum(['', 'clear', 'match']) }),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
});
type TracfinFields = z.infer<typeof tracfinFields>;

function toTracfinRequest(contactId: string, form: TracfinFields): SaveTracfinRequest {
  const check = form.assetFreezeCheck;
  return {
    contactId,
    identityDocument: { ...form.identityDocument, expiresAt: form.identityDocument.expiresAt || null },
    beneficialOwners: form.beneficialOwners.map((owner) => ({
      name: owner.name,
      birthDate: owner.birthDate || null,
      sharePercent: owner.sharePercent === '' ? Number.NaN : owner.sharePercent,
    })),
    funds: form.funds,
    pep: { exposed: form.pep.exposed === '' ? null : form.pep.exposed === 'yes', detail: form.pep.detail },
    assetFreezeCheck:
      check.checkedAt === '' || check.result === ''
        ? null
        : {
            checkedAt: Number.isNaN(new Date(check.checkedAt).getTime()) ? '' : new Date(check.checkedAt).toISOString(),
            result: check.result,
          },
    riskLevel: form.riskLevel,
  };
}

/**
 * The Tracfin form: its output is the callable's request (dates as strings), checked here with the
 * same schema `contacts-saveTracfin` uses, so each refusal shows under its field.
 */
export function tracfinFormSchemaFor(contactId: string) {
  return tracfinFields.transform((form, context) => {
    const check = form.assetFreezeCheck;
    if ((check.checkedAt === '') !== (check.result === '')) {
      const missing = check.checkedAt === '' ? 'checkedAt' : 'result';
      context.addIssue({ code: 'custom', path: ['assetFreezeCheck', missing], message: 'required' });
      return z.NEVER;
    }
    const request = toTracfinRequest(contactId, form);
    checkedWith(saveTracfinInputSchema)(request, context);
    return request;
  });
}
export type TracfinFormInput = z.input<ReturnType<typeof tracfinFormSchemaFor>>;

export function tracfinToForm(file: TracfinFile | null): TracfinFormInput {
  return {
    identityDocument: {
      type: file?.identityDocument.type ?? null,
      number: file?.identityDocument.number ?? '',
      expiresAt: file?.identityDocument.expiresAt ? toCalendarDate(file.identityDocument.expiresAt) : '',
      checked: file?.identityDocument.checked ?? false,
    },
    beneficialOwners: (file?.beneficialOwners ?? []).map((owner) => ({
      name: owner.name,
      birthDate: owner.birthDate ? toCalendarDate(owner.birthDate) : '',
      sharePercent: owner.sharePercent,
    })),
    funds: { origins: file?.funds.origins ?? [], detail: file?.funds.detail ?? '' },
    pep: {
      exposed: file?.pep.exposed === true ? 'yes' : file?.pep.exposed === false ? 'no' : '',
      detail: file?.pep.detail ?? '',
    },
    assetFreezeCheck: {
      checkedAt: file?.assetFreezeCheck ? toDateTimeLocal(file.assetFreezeCheck.checkedAt) : '',
      result: file?.assetFreezeCheck?.result ?? '',
    },
    riskLevel: file?.riskLevel ?? null,
  };
}
