// Two requests waiting for the demo's head of sales, made by the approvals handler as the demo manager
// would: a mortgage reservation to extend by ten days (past the two the tenant allows) and an apartment
// to price just under its programme's floor.
import { requestApprovalContract, unitFloorPrice, type Reservation, type Unit } from '@estate/domain';
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { requestApproval } from '../../functions/src/approvals/request-approval.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import type { Deps } from '../../functions/src/lib/deps';

/** The seed's fixed request ids: a second seed of the same database answers the requests it made. */
const DEMO_APPROVAL_IDS = { extension: 'demo-approval-extension', price: 'demo-approval-price' } as const;

export async function seedDemoApprovals(
  db: Firestore,
  auth: Auth,
  tenantId: string,
  args: {
    reservation: Reservation | undefined;
    unit: Unit | undefined;
    floorPricePerSquareMetre: number | null | undefined;
    manager: { uid: string; email: string };
    now: Date;
  },
): Promise<void> {
  const deps: Deps = { db, auth, links: appLinks(null), now: () => args.now, local: null };
  const manager: Caller = { uid: args.manager.uid, email: args.manager.email, claims: { tenantId, role: 'manager' } };
  if (args.reservation) {
    await requestApproval(
      deps,
      manager,
      requestApprovalContract.input.parse({
        requestId: DEMO_APPROVAL_IDS.extension,
        action: { kind: 'reservationExtension', reservationId: args.reservation.id, by: { amount: 10, unit: 'days' } },
        reason: 'La banque du client rend sa réponse sur le prêt dans huit jours.',
      }),
    );
  }
  const floor = args.unit ? unitFloorPrice(args.unit, args.floorPricePerSquareMetre) : null;
  if (args.unit && floor !== null) {
    await requestApproval(
      deps,
      manager,
      requestApprovalContract.input.parse({
        requestId: DEMO_APPROVAL_IDS.price,
        action: { kind: 'priceBelowFloor', unitId: args.unit.id, price: floor - 4_000 },
        reason: 'Dernier T2 de l’étage, vue sur cour : le client hésite avec un autre programme.',
      }),
    );
  }
}
