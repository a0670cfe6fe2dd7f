import { z } from 'zod';
import { localeSchema } from '../shared/locale';
import { line } from '../shared/text';
import { staffRoleSchema } from './roles';

export const MEMBER_STATUSES = ['pending', 'active', 'rejected', 'deactivated'] as const;
export const memberStatusSchema = z.enum(MEMBER_STATUSES);
export type MemberStatus = z.infer<typeof memberStatusSchema>;

/** `tenants/{tenantId}/members/{uid}`: one per staff account, written only by functions. */
export const memberSchema = z.object({
  uid: z.string(),
  email: z.string(),
  displayName: line(80),
  role: staffRoleSchema.nullable(),
  status: memberStatusSchema,
  locale: localeSchema,
  requestedAt: z.date(),
  decidedAt: z.date().nullable(),
  decidedBy: z.string().nullable(),
  /** Set when the account's sessions are revoked; the app signs out a session older than this. */
  sessionsRevokedAt: z.date().nullable(),
  /** An agent's manager (`team-setManager`), copied onto the agent's contacts for "own" visibility. */
  managerUid: z.string().nullable().default(null),
  updatedAt: z.date(),
});
export type Member = z.infer<typeof memberSchema>;
