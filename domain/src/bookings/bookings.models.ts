import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { bookingSchema } from './booking.schema';

export const bookingModel = defineModel({ kind: 'booking', schema: bookingSchema, path: paths.booking });
