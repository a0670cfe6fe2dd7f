import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { financingApplicationSchema, financingReportSchema } from './financing-application.schema';

export const financingApplicationModel = defineModel({
  kind: 'financingApplication',
  schema: financingApplicationSchema,
  path: paths.financingApplication,
});
export const financingReportModel = defineModel({
  kind: 'financingReport',
  schema: financingReportSchema,
  path: paths.financingReport,
});
