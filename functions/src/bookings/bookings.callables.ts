import { cancelBookingContract, issueBookingContract, recordPaymentContract, saveEscrowContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { cancelBooking } from './cancel-booking.handler';
import { issueBooking } from './issue-booking.handler';
import { recordPayment } from './record-payment.handler';
import { saveEscrow } from './save-escrow.handler';

export const issueBookingCallable = callable(issueBookingContract, issueBooking);
export const cancelBookingCallable = callable(cancelBookingContract, cancelBooking);
export const recordPaymentCallable = callable(recordPaymentContract, recordPayment);
export const saveEscrowCallable = callable(saveEscrowContract, saveEscrow);
