export * from './reservation.schema';
export * from './reservation-settings.schema';
export * from './reservation-rules';
export * from './reservations.models';
export * from './reservations.contracts';
export * from './reservations.mail-templates';
