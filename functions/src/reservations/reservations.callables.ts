import {
  cancelReservationContract,
  extendReservationContract,
  joinQueueContract,
  reserveUnitContract,
  saveReservationSettingsContract,
} from '@estate/domain';
import { callable } from '../lib/callable';
import { cancelReservation } from './cancel-reservation.handler';
import { extendReservation } from './extend-reservation.handler';
import { joinQueue } from './join-queue.handler';
import { reserveUnit } from './reserve-unit.handler';
import { saveReservationSettings } from './save-settings.handler';

export const reserveUnitCallable = callable(reserveUnitContract, reserveUnit);
export const joinQueueCallable = callable(joinQueueContract, joinQueue);
export const cancelReservationCallable = callable(cancelReservationContract, cancelReservation);
export const extendReservationCallable = callable(extendReservationContract, extendReservation);
export const saveSettingsCallable = callable(saveReservationSettingsContract, saveReservationSettings);
