import { z } from 'zod';
import { defineModel } from './model';
import { paths } from './paths';

/**
 * What may send mail on somebody's behalf, counted per address and per caller in fixed windows so
 * nobody can flood an inbox with an agency's branded mail. Every limit of the product is here.
 */
export const QUOTA_LIMITS = {
  /** account-requestPasswordReset: reset mails to one address, whatever the agency's host. */
  'password-reset-address': { limit: 3, windowSeconds: 3600 },
  /** account-requestPasswordReset is public: its caller is the client's IP address. */
  'password-reset-caller': { limit: 50, windowSeconds: 3600 },
  /** team-requestAccess: verification mails and requests sent to the agency for one address. */
  'access-request-address': { limit: 5, windowSeconds: 3600 },
  /** team-requestAccess: per signed-in account. */
  'access-request-caller': { limit: 10, windowSeconds: 3600 },
  /** contacts-inviteClient: invitations to one address (each sends a fresh link). */
  'invitation-address': { limit: 5, windowSeconds: 3600 },
  /** contacts-inviteClient: invitations sent by one collaborator. */
  'invitation-caller': { limit: 60, windowSeconds: 3600 },
  /** leads-receivePortalLead: leads from one portal for one agency (a source). */
  'portal-lead-source': { limit: 300, windowSeconds: 3600 },
  /** leads-receivePortalLead: leads for one agency, all portals together. */
  'portal-lead-tenant': { limit: 1000, windowSeconds: 3600 },
  /** signatures-* (the signing page, public): calls from one IP address, against guessing links. */
  'signature-caller': { limit: 300, windowSeconds: 3600 },
  /** signatures-sendCode: codes mailed to one signer of one request. */
  'signature-code-signer': { limit: 5, windowSeconds: 3600 },
  /** signatures-remind: reminders the agents send for one request. */
  'signature-remind-request': { limit: 3, windowSeconds: 3600 },
} as const satisfies Record<string, { limit: number; windowSeconds: number }>;

export type QuotaScope = keyof typeof QUOTA_LIMITS;
export const QUOTA_SCOPES = Object.keys(QUOTA_LIMITS) as QuotaScope[];

/** The refusal reason of every callable that counts a quota (code `resource-exhausted`). */
export const QUOTA_EXCEEDED = 'too-many-requests';

export interface QuotaWindow {
  /** The window's number since the epoch: part of the counter's key, so a new window starts at zero. */
  index: number;
  startsAt: Date;
  endsAt: Date;
}

/** The fixed window `now` falls in, for windows of `windowSeconds` aligned on the epoch. */
export function quotaWindow(now: Date, windowSeconds: number): QuotaWindow {
  if (!Number.isInteger(windowSeconds) || windowSeconds <= 0) throw new Error('a quota window lasts whole seconds');
  const length = windowSeconds * 1000;
  const index = Math.floor(now.getTime() / length);
  return { index, startsAt: new Date(index * length), endsAt: new Date((index + 1) * length) };
}

/** Whole seconds until the window ends (at least one), for `Retry-After`. */
export function retryAfterSeconds(now: Date, window: QuotaWindow): number {
  return Math.max(1, Math.ceil((window.endsAt.getTime() - now.getTime()) / 1000));
}

/** True while one more use fits in the window. */
export function quotaAllows(used: number, limit: number): boolean {
  return used < limit;
}

/** What subject a quota counts: addresses regardless of case and spaces, callers as given. */
export function quotaSubject(scope: QuotaScope, subject: string): string {
  return scope.endsWith('-address') ? subject.trim().toLowerCase() : subject;
}

/**
 * `quotas/{key}`: one counter per scope, subject (hashed, so no address is stored) and window.
 * Written only by functions; `expireAt` is the end of the window, for a Firestore TTL policy.
 */
export const quotaCounterSchema = z.object({
  scope: z.enum(QUOTA_SCOPES as [QuotaScope, ...QuotaScope[]]),
  count: z.number().int().nonnegative(),
  windowStart: z.date(),
  expireAt: z.date(),
});
export type QuotaCounter = z.infer<typeof quotaCounterSchema>;

export const quotaCounterModel = defineModel({ kind: 'quota counter', schema: quotaCounterSchema, path: paths.quota });
