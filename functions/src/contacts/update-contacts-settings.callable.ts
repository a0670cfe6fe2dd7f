import { updateContactsSettingsContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { updateContactsSettings } from './update-contacts-settings.handler';

export const updateContactsSettingsCallable = callable(updateContactsSettingsContract, updateContactsSettings);
