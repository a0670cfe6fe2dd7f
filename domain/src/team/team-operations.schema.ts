import { z } from 'zod';
import { localeSchema } from '../shared/locale';
import { docIdSchema, line, uidSchema } from '../shared/text';
import { assignableRoleSchema } from './roles';

export const requestAccessInputSchema = z.object({
  tenantId: docIdSchema,
  displayName: line(80),
  locale: localeSchema,
});
export type RequestAccessInput = z.infer<typeof requestAccessInputSchema>;

export const decideAccessInputSchema = z.discriminatedUnion('decision', [
  z.object({ uid: uidSchema, decision: z.literal('approve'), role: assignableRoleSchema }),
  z.object({ uid: uidSchema, decision: z.literal('reject') }),
]);
export type DecideAccessInput = z.infer<typeof decideAccessInputSchema>;

export const changeRoleInputSchema = z.object({ uid: uidSchema, role: assignableRoleSchema });
export type ChangeRoleInput = z.infer<typeof changeRoleInputSchema>;

export const setMemberActiveInputSchema = z.object({ uid: uidSchema, active: z.boolean() });
export type SetMemberActiveInput = z.infer<typeof setMemberActiveInputSchema>;

export const transferOwnershipInputSchema = z.object({ uid: uidSchema });
export type TransferOwnershipInput = z.infer<typeof transferOwnershipInputSchema>;
