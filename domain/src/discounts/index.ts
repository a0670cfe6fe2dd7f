export * from './discount.schema';
export * from './discount-rules';
export * from './discounts.contracts';
export * from './discounts.models';
