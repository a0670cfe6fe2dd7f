import { z } from 'zod';
import { docIdSchema } from '../shared/text';
import type { Locale } from '../shared/locale';

/** `files-deleteContactDocument`: the record and its file go, and the contact's history says so. */
export const deleteContactDocumentInputSchema = z.object({
  contactId: docIdSchema,
  documentId: docIdSchema,
});
export type DeleteContactDocumentInput = z.infer<typeof deleteContactDocumentInputSchema>;

/** `already-deleted`: a retry, or someone else was quicker; nothing was written. */
export const deleteContactDocumentResultSchema = z.object({ status: z.enum(['deleted', 'already-deleted']) });
export type DeleteContactDocumentResult = z.infer<typeof deleteContactDocumentResultSchema>;

/** The history remark a deletion leaves, in the agency's language: `Document « CNI.pdf » supprimé par Sophie Bernard.` */
export function documentDeletedRemark(locale: Locale, values: { actor: string; name: string }): string {
  if (locale === 'ru') return `Документ «${values.name}» удалён, ${values.actor}.`;
  if (locale === 'en') return `Document “${values.name}” deleted by ${values.actor}.`;
  return `Document « ${values.name} » supprimé par ${values.actor}.`;
}
