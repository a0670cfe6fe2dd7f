import { saveInvoicingSettingsContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveInvoicingSettings } from './save-settings.handler';

export const saveInvoicingSettingsCallable = callable(saveInvoicingSettingsContract, saveInvoicingSettings);
