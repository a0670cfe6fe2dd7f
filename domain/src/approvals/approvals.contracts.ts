import { defineCallable } from '../shared/contract';
import {
  approvalResultSchema,
  decideApprovalInputSchema,
  requestApprovalInputSchema,
  withdrawApprovalInputSchema,
} from './approval.schema';

const STAFF_REFUSALS = ['actor-not-active', 'not-staff'] as const;

/** A manager asks the head of sales for an action beyond their limits. */
export const requestApprovalContract = defineCallable({
  name: 'approvals-request',
  access: 'signed-in',
  input: requestApprovalInputSchema,
  output: approvalResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'no-approval-needed',
    'reservation-not-found',
    'reservation-not-active',
    'unit-not-found',
    'price-fixed',
    'already-pending',
    'contact-not-found',
    'valid-until-past',
    'unit-held-by-other',
    'unit-not-available',
    'booking-open',
    'discount-exceeds-price',
  ],
});

/** The head of sales approves (performing the action) or rejects; the requester is told either way. */
export const decideApprovalContract = defineCallable({
  name: 'approvals-decide',
  access: 'signed-in',
  input: decideApprovalInputSchema,
  output: approvalResultSchema,
  refusals: [...STAFF_REFUSALS, 'not-approver', 'approval-not-found', 'approval-decided'],
});

export const withdrawApprovalContract = defineCallable({
  name: 'approvals-withdraw',
  access: 'signed-in',
  input: withdrawApprovalInputSchema,
  output: approvalResultSchema,
  refusals: [...STAFF_REFUSALS, 'approval-not-found', 'approval-decided', 'not-requester'],
});
