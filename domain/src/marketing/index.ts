export * from './marketing-channel.schema';
export * from './marketing.contracts';
export * from './marketing.models';
export * from './report-counter.schema';
export * from './reports';
