import { saveMapSettingsContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveMapSettings } from './save-map-settings.handler';

export const saveMapSettingsCallable = callable(saveMapSettingsContract, saveMapSettings);
