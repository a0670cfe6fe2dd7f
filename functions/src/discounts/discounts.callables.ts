import { saveDiscountSettingsContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveDiscountSettings } from './save-settings.handler';

export const saveSettingsCallable = callable(saveDiscountSettingsContract, saveDiscountSettings);
