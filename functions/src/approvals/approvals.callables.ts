import { decideApprovalContract, requestApprovalContract, withdrawApprovalContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { decideApproval } from './decide-approval.handler';
import { requestApproval } from './request-approval.handler';
import { withdrawApproval } from './withdraw-approval.handler';

export const requestCallable = callable(requestApprovalContract, requestApproval);
export const decideCallable = callable(decideApprovalContract, decideApproval);
export const withdrawCallable = callable(withdrawApprovalContract, withdrawApproval);
