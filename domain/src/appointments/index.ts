export * from './appointment.schema';
export * from './appointment-conflicts';
export * from './appointment-ics';
export * from './appointment-labels';
export * from './appointments.contracts';
export * from './appointments.models';
