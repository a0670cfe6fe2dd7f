export * from './deal.schema';
export * from './deal-flow';
export * from './deals.contracts';
export * from './deals.models';
