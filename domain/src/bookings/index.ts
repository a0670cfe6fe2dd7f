export * from './booking.schema';
export * from './booking-rules';
export * from './bookings.models';
export * from './bookings.contracts';
