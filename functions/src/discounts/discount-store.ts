import { DEFAULT_DISCOUNT_SETTINGS, discountSettingsModel, paths, type DiscountSettings } from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { converterOf, readSettings } from '../lib/converters';

export const discountSettingsConverter = converterOf(discountSettingsModel);

/** The tenant's discount threshold, or the default while it saved none. */
export async function readDiscountSettings(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
): Promise<DiscountSettings> {
  const snapshot = await tx.get(db.doc(paths.discountSettings(tenantId)));
  return readSettings(discountSettingsModel, snapshot, {
    ...DEFAULT_DISCOUNT_SETTINGS,
    updatedAt: new Date(0),
    updatedBy: '',
  });
}
