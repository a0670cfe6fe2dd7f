export * from './financing-application.schema';
export * from './financing-rules';
export * from './financing.contracts';
export * from './financing.models';
