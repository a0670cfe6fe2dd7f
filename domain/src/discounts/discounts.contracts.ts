import { defineCallable } from '../shared/contract';
import { discountSettingsInputSchema, saveDiscountSettingsResultSchema } from './discount.schema';

/** Settings › Discounts: the largest discount a manager grants alone (owner and admin). */
export const saveDiscountSettingsContract = defineCallable({
  name: 'discounts-saveSettings',
  access: 'signed-in',
  input: discountSettingsInputSchema,
  output: saveDiscountSettingsResultSchema,
  refusals: ['actor-not-active', 'not-staff', 'not-team-manager'],
});
