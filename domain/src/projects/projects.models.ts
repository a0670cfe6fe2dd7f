import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { buildingSchema, projectSchema } from './project.schema';
import { unitHistoryEntrySchema } from './unit-history.schema';
import { unitSchema } from './unit.schema';

export const projectModel = defineModel({ kind: 'project', schema: projectSchema, path: paths.project });
export const buildingModel = defineModel({ kind: 'building', schema: buildingSchema, path: paths.building });
export const unitModel = defineModel({ kind: 'unit', schema: unitSchema, path: paths.unit });
export const unitHistoryEntryModel = defineModel({
  kind: 'unit history entry',
  schema: unitHistoryEntrySchema,
  path: paths.unitHistoryEntry,
});
