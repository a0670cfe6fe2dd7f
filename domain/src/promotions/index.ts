export * from './instalment-plan.schema';
export * from './price-unit';
export * from './promotion.schema';
export * from './promotions.models';
