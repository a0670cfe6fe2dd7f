import { z } from 'zod';

/**
 * `tenants/{tenantId}/clientPreferences/{contactId}`: what a client chose in their account, written by
 * the client themselves (the rules check the shape), so a choice made offline is sent when back online.
 * Absent: the defaults.
 */
export const clientPreferencesSchema = z.object({
  /**
   * Mails the client may do without (a listing published, a reply in the chat). Essential ones (an
   * appointment set, changed or cancelled, an offer answered, a document shared, a signature) are
   * always sent.
   */
  optionalMail: z.boolean(),
  updatedAt: z.date(),
});
export type ClientPreferences = z.infer<typeof clientPreferencesSchema>;

export const DEFAULT_CLIENT_PREFERENCES: Omit<ClientPreferences, 'updatedAt'> = { optionalMail: true };

/** Whether a client mail goes out, given what the client chose (null: no choice made, the defaults). */
export function clientAcceptsMail(preferences: Pick<ClientPreferences, 'optionalMail'> | null, optional: boolean) {
  return !optional || (preferences ?? DEFAULT_CLIENT_PREFERENCES).optionalMail;
}
