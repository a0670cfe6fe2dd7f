import { z } from 'zod';

export const STAFF_ROLES = ['owner', 'admin', 'manager', 'agent', 'partner'] as const;
export const ROLES = [...STAFF_ROLES, 'client'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
export const staffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Roles an owner or admin may hand out when approving or changing a collaborator. */
export const ASSIGNABLE_ROLES = ['admin', 'manager', 'agent'] as const;
export const assignableRoleSchema = z.enum(ASSIGNABLE_ROLES);
export type AssignableRole = z.infer<typeof assignableRoleSchema>;

/** Custom claims, set only by functions. */
export const claimsSchema = z.object({
  tenantId: z.string(),
  role: roleSchema,
  contactId: z.string().optional(),
});
export type Claims = z.infer<typeof claimsSchema>;

export function isTeamManager(role: Role | null | undefined): boolean {
  return role === 'owner' || role === 'admin';
}

/** Who writes the agency's mail templates, as firestore.rules `isTemplateEditor`: team managers and managers. */
export function isTemplateEditor(role: Role | null | undefined): boolean {
  return isTeamManager(role) || role === 'manager';
}

/** Staff who work with clients: everybody in the agency but partners and clients. */
export function isCollaborator(role: Role | null | undefined): boolean {
  return role === 'owner' || role === 'admin' || role === 'manager' || role === 'agent';
}

export function readClaims(token: Record<string, unknown> | null | undefined): Claims | null {
  const parsed = claimsSchema.safeParse(token ?? {});
  return parsed.success ? parsed.data : null;
}
