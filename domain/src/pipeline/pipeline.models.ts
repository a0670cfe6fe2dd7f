import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { interestSchema } from './interest.schema';
import { pipelineSettingsSchema } from './pipeline-settings.schema';

export const interestModel = defineModel({ kind: 'interest', schema: interestSchema, path: paths.interest });
export const pipelineSettingsModel = defineModel({
  kind: 'pipeline settings',
  schema: pipelineSettingsSchema,
  path: paths.pipelineSettings,
});
