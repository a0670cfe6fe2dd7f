export * from './auto-responder.schema';
export * from './leads-secret.schema';
export * from './leads.contracts';
export * from './leads.models';
export * from './portal-lead-endpoint';
export * from './portal-lead.schema';
