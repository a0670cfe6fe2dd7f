import { z } from 'zod';
import { line } from '../shared/text';
import { templateIssues } from './agreement-placeholders';

/** ДДУ (shared construction), ДКП (sale of a completed unit), ДУПТ (assignment of a ДДУ's rights). */
export const AGREEMENT_KINDS = ['ddu', 'dkp', 'dupt'] as const;
export const agreementKindSchema = z.enum(AGREEMENT_KINDS);
export type AgreementKind = z.infer<typeof agreementKindSchema>;

export const AGREEMENT_TEMPLATE_MAX = 50_000;

/**
 * A template's text: paragraphs separated by blank lines, a line starting with `# ` is a heading, and
 * `{{placeholder}}` stands for a value of the deal (AGREEMENT_PLACEHOLDERS). An unknown placeholder is
 * refused here, so the editor says which before saving.
 */
function checkPlaceholders(text: string, context: z.RefinementCtx) {
  for (const issue of templateIssues(text)) {
    context.addIssue({
      code: 'custom',
      message: issue.kind === 'unknown' ? `unknown placeholder {{${issue.name}}}` : 'unclosed placeholder',
    });
  }
}

export const agreementTemplateBodySchema = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .max(AGREEMENT_TEMPLATE_MAX, { message: `at most ${AGREEMENT_TEMPLATE_MAX} characters` })
  .superRefine(checkPlaceholders);

/** What the template editor saves. The title may use placeholders too (it names the PDF). */
export const agreementTemplateInputSchema = z.object({
  title: line(200).superRefine(checkPlaceholders),
  body: agreementTemplateBodySchema,
});
export type AgreementTemplateInput = z.input<typeof agreementTemplateInputSchema>;

/**
 * `tenants/{t}/agreementTemplates/{kind}`: the tenant's own text of one kind of agreement. While there
 * is none, the default of DEFAULT_AGREEMENT_TEMPLATES applies. Written by owner, admin and managers.
 */
export const agreementTemplateSchema = z.object({
  kind: agreementKindSchema,
  title: line(200),
  // Stored text is checked for placeholders when it is used (generation), not when it is read.
  body: z.string().max(AGREEMENT_TEMPLATE_MAX),
  updatedAt: z.date(),
});
export type AgreementTemplate = z.infer<typeof agreementTemplateSchema>;
