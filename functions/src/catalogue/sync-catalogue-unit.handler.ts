import { catalogueUnitModel, catalogueUnitOf, currencySchema, paths, unitModel } from '@estate/domain';
import type { Deps } from '../lib/deps';
import { converterOf } from '../lib/converters';
import { catalogueLog } from './catalogue.log';

const unitConverter = converterOf(unitModel);
const catalogueUnitConverter = converterOf(catalogueUnitModel);

/**
 * Makes the unit's public projection match the unit as it is now (not as the event saw it), so events
 * delivered late or twice leave the latest state: written while the unit exists, removed with it.
 */
export async function syncCatalogueUnit(deps: Pick<Deps, 'db'>, tenantId: string, unitId: string): Promise<void> {
  const { db } = deps;
  const projection = db.doc(paths.catalogueUnit(tenantId, unitId)).withConverter(catalogueUnitConverter);
  const [unitSnapshot, tenantSnapshot] = await Promise.all([
    db.doc(paths.unit(tenantId, unitId)).withConverter(unitConverter).get(),
    db.doc(paths.tenant(tenantId)).get(),
  ]);
  const unit = unitSnapshot.data();
  if (!unit) {
    await projection.delete();
    return;
  }
  const currency = currencySchema.safeParse(tenantSnapshot.get('currency'));
  if (!currency.success) {
    catalogueLog.tenantUnreadable(tenantId, unitId);
    return;
  }
  await projection.set(catalogueUnitOf(unit, currency.data));
}
