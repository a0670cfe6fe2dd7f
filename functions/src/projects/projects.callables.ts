import {
  changePricesContract,
  importUnitsContract,
  saveBuildingContract,
  saveProjectContract,
  saveUnitContract,
} from '@estate/domain';
import { callable } from '../lib/callable';
import { changePrices } from './change-prices.handler';
import { importUnits } from './import-units.handler';
import { saveBuilding } from './save-building.handler';
import { saveProject } from './save-project.handler';
import { saveUnit } from './save-unit.handler';

export const saveProjectCallable = callable(saveProjectContract, saveProject);
export const saveBuildingCallable = callable(saveBuildingContract, saveBuilding);
export const saveUnitCallable = callable(saveUnitContract, saveUnit);
export const importUnitsCallable = callable(importUnitsContract, importUnits);
export const changePricesCallable = callable(changePricesContract, changePrices);
