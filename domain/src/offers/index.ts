export * from './offer-flow';
export * from './offer.schema';
export * from './offers.contracts';
export * from './offers.mail-templates';
export * from './offers.models';
