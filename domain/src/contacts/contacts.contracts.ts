import { z } from 'zod';
import { defineCallable } from '../shared/contract';
import { confirmClientSpaceInputSchema } from './confirm-client-space.schema';
import {
  declineDeletionInputSchema,
  declineDeletionResultSchema,
  eraseContactInputSchema,
  eraseContactResultSchema,
  requestDeletionInputSchema,
  requestDeletionResultSchema,
} from './contact-erasure.schema';
import { importContactsInputSchema, importContactsResultSchema } from './contact-import';
import { contactsSettingsInputSchema, updateContactsSettingsInputSchema } from './contacts-settings.schema';
import {
  convertProspectInputSchema,
  inviteClientInputSchema,
  mergeContactsInputSchema,
  portalStatusSchema,
  saveContactRequestSchema,
  saveContactResultSchema,
} from './contact.schema';
import { saveTracfinInputSchema, saveTracfinResultSchema } from './tracfin.schema';

export const inviteClientResultSchema = z.object({ uid: z.string(), status: portalStatusSchema });
export type InviteClientResult = z.infer<typeof inviteClientResultSchema>;

export const confirmClientSpaceResultSchema = z.object({ status: z.literal('active') });
export type ConfirmClientSpaceResult = z.infer<typeof confirmClientSpaceResultSchema>;

/** The contact that stays: the converted prospect, or the one a merge kept. */
export const contactIdResultSchema = z.object({ contactId: z.string() });
export type ConvertProspectResult = z.infer<typeof contactIdResultSchema>;
export type MergeContactsResult = z.infer<typeof contactIdResultSchema>;

export const saveContactContract = defineCallable({
  name: 'contacts-saveContact',
  access: 'signed-in',
  input: saveContactRequestSchema,
  output: saveContactResultSchema,
  refusals: [
    'actor-not-active',
    'assignee-not-active',
    'contact-not-found',
    'invalid-contact',
    'kind-change',
    'not-collaborator',
    'not-staff',
    'reassign-not-allowed',
    'sharee-not-collaborator',
    'sharing-not-allowed',
    'tenant-not-found',
    'unknown-origin',
  ],
});

export const convertProspectContract = defineCallable({
  name: 'contacts-convertProspect',
  access: 'signed-in',
  input: convertProspectInputSchema,
  output: contactIdResultSchema,
  refusals: [
    'actor-not-active',
    'already-client',
    'contact-not-found',
    'not-collaborator',
    'not-staff',
    'tenant-not-found',
  ],
});

export const mergeContactsContract = defineCallable({
  name: 'contacts-mergeContacts',
  access: 'signed-in',
  input: mergeContactsInputSchema,
  output: contactIdResultSchema,
  refusals: [
    'actor-not-active',
    'contact-not-found',
    'merged-has-portal',
    'not-collaborator',
    'not-staff',
    'tenant-not-found',
  ],
});

export const importContactsContract = defineCallable({
  name: 'contacts-importContacts',
  access: 'signed-in',
  input: importContactsInputSchema,
  output: importContactsResultSchema,
  refusals: ['actor-not-active', 'not-collaborator', 'not-staff', 'tenant-not-found'],
});

export const inviteClientContract = defineCallable({
  name: 'contacts-inviteClient',
  access: 'signed-in',
  input: inviteClientInputSchema,
  output: inviteClientResultSchema,
  refusals: [
    'actor-not-active',
    'contact-not-found',
    'contact-unreadable',
    'contact-without-email',
    'email-in-other-agency',
    'email-of-other-client',
    'email-of-staff',
    'not-a-client',
    'not-collaborator',
    'not-staff',
    'tenant-not-found',
    'too-many-requests',
  ],
});

export const confirmClientSpaceContract = defineCallable({
  name: 'contacts-confirmClientSpace',
  access: 'signed-in',
  input: confirmClientSpaceInputSchema,
  output: confirmClientSpaceResultSchema,
  refusals: ['contact-not-found', 'not-client', 'other-account'],
});

export const requestDeletionContract = defineCallable({
  name: 'contacts-requestDeletion',
  access: 'signed-in',
  input: requestDeletionInputSchema,
  output: requestDeletionResultSchema,
  refusals: ['actor-not-active', 'contact-not-found', 'not-collaborator', 'not-staff', 'tenant-not-found'],
});

export const declineDeletionContract = defineCallable({
  name: 'contacts-declineDeletion',
  access: 'signed-in',
  input: declineDeletionInputSchema,
  output: declineDeletionResultSchema,
  refusals: ['actor-not-active', 'contact-not-found', 'not-staff', 'not-team-manager', 'tenant-not-found'],
});

export const eraseContactContract = defineCallable({
  name: 'contacts-eraseContact',
  access: 'signed-in',
  input: eraseContactInputSchema,
  output: eraseContactResultSchema,
  refusals: [
    'actor-not-active',
    'confirm-mismatch',
    'contact-not-found',
    'erasure-request-used',
    'not-staff',
    'not-team-manager',
  ],
});

export const saveTracfinContract = defineCallable({
  name: 'contacts-saveTracfin',
  access: 'signed-in',
  input: saveTracfinInputSchema,
  output: saveTracfinResultSchema,
  refusals: [
    'actor-not-active',
    'contact-not-visible',
    'not-a-buyer',
    'not-collaborator',
    'not-staff',
    'tenant-not-found',
  ],
});

/** Settings › Clients: one change (visibility, an origin added, renamed, deactivated) at a time. */
export const updateContactsSettingsContract = defineCallable({
  name: 'contacts-updateContactsSettings',
  access: 'signed-in',
  input: updateContactsSettingsInputSchema,
  output: contactsSettingsInputSchema,
  refusals: [
    'actor-not-active',
    'not-staff',
    'not-team-manager',
    'origin-label-taken',
    'origin-not-found',
    'origins-full',
  ],
});
