// Booking offers on the demo developer's units, made by the bookings handlers themselves so the demo
// holds exactly what the functions write: one offer paid (the unit booked, its price fixed, escrow
// details filled in) and one awaiting payment, each to a client of its own.
import { issueBookingContract, recordPaymentContract, saveEscrowContract } from '@estate/domain';
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { issueBooking } from '../../functions/src/bookings/issue-booking.handler';
import { recordPayment } from '../../functions/src/bookings/record-payment.handler';
import { saveEscrow } from '../../functions/src/bookings/save-escrow.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import type { Deps } from '../../functions/src/lib/deps';

const DAY = 24 * 3_600_000;
const calendarDay = (date: Date) => date.toISOString().slice(0, 10);

/** The seed's fixed request ids: a second seed of the same database answers the offers it made. */
const DEMO_BOOKING_IDS = { paid: 'demo-booking-paid', issued: 'demo-booking-issued' } as const;

export async function seedDemoBookings(
  db: Firestore,
  auth: Auth,
  tenantId: string,
  args: { unitIds: readonly string[]; contactIds: readonly string[]; staff: { uid: string; email: string }; now: Date },
): Promise<void> {
  const { now } = args;
  const deps: Deps = { db, auth, links: appLinks(null), now: () => now, local: null };
  const manager: Caller = { uid: args.staff.uid, email: args.staff.email, claims: { tenantId, role: 'manager' } };
  const [paidUnitId, issuedUnitId] = args.unitIds;
  const [buyerId, prospectId] = args.contactIds;

  if (paidUnitId && buyerId) {
    await issueBooking(
      deps,
      manager,
      issueBookingContract.input.parse({
        requestId: DEMO_BOOKING_IDS.paid,
        unitId: paidUnitId,
        contactId: buyerId,
        validUntil: calendarDay(new Date(now.getTime() + 3 * DAY)),
        notes: 'Financement : crédit professionnel, accord de principe obtenu.',
      }),
    );
    const paid = await recordPayment(
      deps,
      manager,
      recordPaymentContract.input.parse({
        bookingId: DEMO_BOOKING_IDS.paid,
        amount: 50_000,
        paidOn: calendarDay(now),
        reference: 'VIR-2026-0412',
      }),
    );
    await saveEscrow(
      deps,
      manager,
      saveEscrowContract.input.parse({
        bookingId: DEMO_BOOKING_IDS.paid,
        escrow: {
          kind: 'escrow',
          bank: 'Sberbank',
          account: '40817810099910004312',
          amount: paid.price,
          openedAt: calendarDay(now),
          disclosedAt: null,
        },
      }),
    );
  }
  if (issuedUnitId && prospectId) {
    await issueBooking(
      deps,
      manager,
      issueBookingContract.input.parse({
        requestId: DEMO_BOOKING_IDS.issued,
        unitId: issuedUnitId,
        contactId: prospectId,
        validUntil: calendarDay(new Date(now.getTime() + 5 * DAY)),
      }),
    );
  }
}
