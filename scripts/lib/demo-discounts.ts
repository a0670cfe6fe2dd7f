// The demo's discount threshold and two discounts above it, made by the handlers themselves as the demo
// team would: the owner keeps managers at 3 % alone; the manager asked 6 % on a three-room flat, which
// the owner approved (the offer issued with it), and asks 5 % on another, waiting for the head of sales.
import {
  approvalModel,
  decideApprovalContract,
  paths,
  requestApprovalContract,
  saveDiscountSettingsContract,
} from '@estate/domain';
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { decideApproval } from '../../functions/src/approvals/decide-approval.handler';
import { requestApproval } from '../../functions/src/approvals/request-approval.handler';
import { saveDiscountSettings } from '../../functions/src/discounts/save-settings.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import { converterOf } from '../../functions/src/lib/converters';
import type { Deps } from '../../functions/src/lib/deps';

const DAY = 24 * 3_600_000;
const calendarDay = (date: Date) => date.toISOString().slice(0, 10);

/** The seed's fixed ids: a second seed of the same database answers what the first made. */
const DEMO_DISCOUNT_IDS = {
  approved: { approval: 'demo-approval-discount-approved', booking: 'demo-booking-discount' },
  pending: { approval: 'demo-approval-discount-pending', booking: 'demo-booking-discount-pending' },
} as const;

export async function seedDemoDiscounts(
  db: Firestore,
  auth: Auth,
  tenantId: string,
  args: {
    /** Two free units no other seed offers or reserves. */
    unitIds: readonly string[];
    contactIds: readonly string[];
    owner: { uid: string; email: string };
    manager: { uid: string; email: string };
    now: Date;
  },
): Promise<void> {
  const { now } = args;
  const deps: Deps = { db, auth, links: appLinks(null), now: () => now, local: null };
  const owner: Caller = { uid: args.owner.uid, email: args.owner.email, claims: { tenantId, role: 'owner' } };
  const manager: Caller = { uid: args.manager.uid, email: args.manager.email, claims: { tenantId, role: 'manager' } };
  await saveDiscountSettings(deps, owner, saveDiscountSettingsContract.input.parse({ maxManagerPercent: 3 }));

  const requests = [
    {
      ids: DEMO_DISCOUNT_IDS.approved,
      percent: 6,
      discountReason: 'Achat d’un second lot dans la résidence.',
      reason: 'Client investisseur : il réserve aussi un parking si la remise est accordée.',
    },
    {
      ids: DEMO_DISCOUNT_IDS.pending,
      percent: 5,
      discountReason: 'Alignement sur une offre concurrente du quartier.',
      reason: 'Le client compare avec un programme voisin livré plus tôt.',
    },
  ];
  for (const [index, request] of requests.entries()) {
    const unitId = args.unitIds[index];
    const contactId = args.contactIds[index];
    if (!unitId || !contactId) continue;
    await requestApproval(
      deps,
      manager,
      requestApprovalContract.input.parse({
        requestId: request.ids.approval,
        action: {
          kind: 'bookingDiscount',
          bookingId: request.ids.booking,
          unitId,
          contactId,
          validUntil: calendarDay(new Date(now.getTime() + 5 * DAY)),
          notes: '',
          discount: { kind: 'percent', value: request.percent, reason: request.discountReason },
        },
        reason: request.reason,
      }),
    );
  }
  const approved = await db
    .doc(paths.approval(tenantId, DEMO_DISCOUNT_IDS.approved.approval))
    .withConverter(converterOf(approvalModel))
    .get();
  if (approved.data()?.status === 'pending') {
    await decideApproval(
      deps,
      owner,
      decideApprovalContract.input.parse({
        approvalId: DEMO_DISCOUNT_IDS.approved.approval,
        decision: 'approve',
        note: 'D’accord pour 6 %, offre valable cinq jours.',
      }),
    );
  }
}
