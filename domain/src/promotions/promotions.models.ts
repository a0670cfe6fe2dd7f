import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { instalmentPlanSchema } from './instalment-plan.schema';
import { promotionSchema } from './promotion.schema';

export const promotionModel = defineModel({ kind: 'promotion', schema: promotionSchema, path: paths.promotion });
export const instalmentPlanModel = defineModel({
  kind: 'instalmentPlan',
  schema: instalmentPlanSchema,
  path: paths.instalmentPlan,
});
