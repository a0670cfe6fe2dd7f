import { z } from 'zod';
import { uidSchema } from '../shared/text';

/** `team-setManager`: an agent's manager (an active member with role manager), or none. */
export const setManagerInputSchema = z.object({
  uid: uidSchema,
  managerUid: uidSchema.nullable(),
});
export type SetManagerInput = z.infer<typeof setManagerInputSchema>;

export const setManagerResultSchema = z.object({
  uid: z.string(),
  managerUid: z.string().nullable(),
  /** Contacts of the agent whose `managerUid` changed. */
  contactsUpdated: z.number(),
});
export type SetManagerResult = z.infer<typeof setManagerResultSchema>;
