export * from './commission-plan.schema';
export * from './commission-split';
export * from './payout-period';
export * from './commission-settings.schema';
export * from './commissions.contracts';
