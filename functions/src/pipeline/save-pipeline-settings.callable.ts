import { savePipelineSettingsContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { savePipelineSettings } from './save-pipeline-settings.handler';

export const savePipelineSettingsCallable = callable(savePipelineSettingsContract, savePipelineSettings);
