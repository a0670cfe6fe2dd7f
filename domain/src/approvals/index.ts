export * from './approval.schema';
export * from './approval-rules';
export * from './approval-words';
export * from './approvals.contracts';
export * from './approvals.mail-templates';
export * from './approvals.models';
