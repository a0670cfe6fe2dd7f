import { z } from 'zod';
import { defineCallable } from '../shared/contract';
import { memberStatusSchema } from './member.schema';
import { staffRoleSchema } from './roles';
import { setManagerInputSchema, setManagerResultSchema } from './set-manager.schema';
import {
  changeRoleInputSchema,
  decideAccessInputSchema,
  requestAccessInputSchema,
  setMemberActiveInputSchema,
  transferOwnershipInputSchema,
} from './team-operations.schema';

/** `unverified`: the request waits for the requester to verify their address (a link was mailed). */
export const requestAccessResultSchema = z.object({ status: z.enum(['pending', 'unverified']) });
export type RequestAccessResult = z.infer<typeof requestAccessResultSchema>;

export const decideAccessResultSchema = z.object({
  uid: z.string(),
  status: memberStatusSchema,
  role: staffRoleSchema.nullable(),
});
export type DecideAccessResult = z.infer<typeof decideAccessResultSchema>;

export const changeRoleResultSchema = z.object({
  uid: z.string(),
  role: staffRoleSchema,
  sessionsRevokedAt: z.string(),
});
export type ChangeRoleResult = z.infer<typeof changeRoleResultSchema>;

export const setMemberActiveResultSchema = z.object({ uid: z.string(), status: memberStatusSchema });
export type SetMemberActiveResult = z.infer<typeof setMemberActiveResultSchema>;

export const transferOwnershipResultSchema = z.object({ ownerUid: z.string(), formerOwnerUid: z.string() });
export type TransferOwnershipResult = z.infer<typeof transferOwnershipResultSchema>;

export const requestAccessContract = defineCallable({
  name: 'team-requestAccess',
  access: 'signed-in',
  input: requestAccessInputSchema,
  output: requestAccessResultSchema,
  refusals: ['already-member', 'no-email', 'request-declined', 'tenant-not-found', 'too-many-requests'],
});

export const decideAccessContract = defineCallable({
  name: 'team-decideAccess',
  access: 'signed-in',
  input: decideAccessInputSchema,
  output: decideAccessResultSchema,
  refusals: [
    'actor-not-active',
    'cannot-change-owner',
    'cannot-change-self',
    'joined-elsewhere',
    'member-not-found',
    'not-pending',
    'not-staff',
    'not-team-manager',
    'tenant-not-found',
  ],
});

export const changeRoleContract = defineCallable({
  name: 'team-changeRole',
  access: 'signed-in',
  input: changeRoleInputSchema,
  output: changeRoleResultSchema,
  refusals: [
    'actor-not-active',
    'cannot-change-owner',
    'cannot-change-self',
    'joined-elsewhere',
    'member-not-found',
    'not-active',
    'not-staff',
    'not-team-manager',
  ],
});

export const setMemberActiveContract = defineCallable({
  name: 'team-setMemberActive',
  access: 'signed-in',
  input: setMemberActiveInputSchema,
  output: setMemberActiveResultSchema,
  refusals: [
    'actor-not-active',
    'cannot-change-owner',
    'cannot-change-self',
    'joined-elsewhere',
    'member-not-found',
    'no-role',
    'not-active',
    'not-deactivated',
    'not-staff',
    'not-team-manager',
  ],
});

export const transferOwnershipContract = defineCallable({
  name: 'team-transferOwnership',
  access: 'signed-in',
  input: transferOwnershipInputSchema,
  output: transferOwnershipResultSchema,
  refusals: [
    'actor-not-active',
    'cannot-change-self',
    'joined-elsewhere',
    'member-not-found',
    'not-active',
    'not-staff',
    'only-owner',
  ],
});

export const setManagerContract = defineCallable({
  name: 'team-setManager',
  access: 'signed-in',
  input: setManagerInputSchema,
  output: setManagerResultSchema,
  refusals: ['actor-not-active', 'member-not-found', 'not-a-manager', 'not-an-agent', 'not-staff', 'not-team-manager'],
});
