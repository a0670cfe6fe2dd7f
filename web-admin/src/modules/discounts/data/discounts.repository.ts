import {
  DEFAULT_DISCOUNT_SETTINGS,
  discountSettingsModel,
  paths,
  saveDiscountSettingsContract,
  type ContractInput,
  type ValidDiscountSettingsInput,
} from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore';
import { doc, getDoc } from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';

const settingsConverter = converterOf(discountSettingsModel);

/** The tenant's discount threshold, or the default while it saved none. */
export async function fetchDiscountSettings(tenantId: string): Promise<ValidDiscountSettingsInput> {
  const snapshot = await getDoc(doc(db, paths.discountSettings(tenantId)).withConverter(settingsConverter));
  const settings = readDoc(snapshot);
  return settings ? { maxManagerPercent: settings.maxManagerPercent } : DEFAULT_DISCOUNT_SETTINGS;
}

export const saveDiscountSettings = (input: ContractInput<typeof saveDiscountSettingsContract>) =>
  call(saveDiscountSettingsContract, input);
