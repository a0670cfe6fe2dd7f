export * from './listing-agent';
export * from './properties.contracts';
export * from './properties.models';
export * from './property.schema';
export * from './property-document.schema';
export * from './property-photo.schema';
export * from './property-photos.contracts';
