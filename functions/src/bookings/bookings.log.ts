import { logLine } from '../lib/log';

/** The log lines of booking offers. */
export const bookingsLog = {
  issued: (tenantId: string, bookingId: string, unitId: string, price: number, by: string) =>
    logLine.info('booking offer issued', { tenantId, bookingId, unitId, price, by }),
  cancelled: (tenantId: string, bookingId: string, by: string) =>
    logLine.info('booking offer cancelled', { tenantId, bookingId, by }),
  paid: (tenantId: string, bookingId: string, unitId: string, price: number, by: string) =>
    logLine.info('booking offer paid, unit booked', { tenantId, bookingId, unitId, price, by }),
  expired: (tenantId: string, bookingId: string) => logLine.info('booking offer expired', { tenantId, bookingId }),
  escrowSaved: (tenantId: string, bookingId: string, by: string) =>
    logLine.info('booking escrow details saved', { tenantId, bookingId, by }),
};
