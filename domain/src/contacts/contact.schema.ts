import { z } from 'zod';
import { localeSchema } from '../shared/locale';
import { docIdSchema, emailSchema, line, optionalLine } from '../shared/text';

export const CLIENT_TYPES = ['buyer', 'seller', 'landlord', 'tenant'] as const;
export const clientTypeSchema = z.enum(CLIENT_TYPES);
export type ClientType = z.infer<typeof clientTypeSchema>;

export const PORTAL_STATUSES = ['none', 'invited', 'active'] as const;
export const portalStatusSchema = z.enum(PORTAL_STATUSES);
export type PortalStatus = z.infer<typeof portalStatusSchema>;

/** Access of a client to the client app; written only by functions. */
export const clientPortalSchema = z.object({
  status: portalStatusSchema,
  uid: z.string().nullable(),
  invitedAt: z.date().nullable(),
  invitedBy: z.string().nullable(),
});
export type ClientPortal = z.infer<typeof clientPortalSchema>;

/** What a collaborator types when creating or editing a client. */
export const contactInputSchema = z.object({
  firstName: line(80),
  lastName: line(80),
  email: emailSchema,
  phone: optionalLine(40),
  locale: localeSchema,
  clientType: clientTypeSchema,
});
export type ContactInput = z.infer<typeof contactInputSchema>;

/** `tenants/{tenantId}/contacts/{contactId}` */
export const contactSchema = contactInputSchema.extend({
  id: z.string(),
  assignedAgentUid: z.string(),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  portal: clientPortalSchema,
});
export type Contact = z.infer<typeof contactSchema>;

export const inviteClientInputSchema = z.object({ contactId: docIdSchema });
export type InviteClientInput = z.infer<typeof inviteClientInputSchema>;

export function contactFullName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return `${contact.firstName} ${contact.lastName}`.trim();
}
