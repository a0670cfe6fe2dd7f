export * from './client-listing.schema';
export * from './listing-action.schema';
export * from './listings.contracts';
export * from './listings.models';
export * from './listings.mail-templates';
export * from './listing-history';
