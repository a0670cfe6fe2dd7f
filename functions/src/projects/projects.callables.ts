import {
  changePricesContract,
  importUnitsContract,
  removeUnitLayoutContract,
  saveBuildingContract,
  saveProjectContract,
  saveUnitContract,
} from '@estate/domain';
import { bucketFileStore } from '../files/file-store';
import { callable } from '../lib/callable';
import { changePrices } from './change-prices.handler';
import { importUnits } from './import-units.handler';
import { removeUnitLayout } from './remove-unit-layout.handler';
import { saveBuilding } from './save-building.handler';
import { saveProject } from './save-project.handler';
import { saveUnit } from './save-unit.handler';

export const saveProjectCallable = callable(saveProjectContract, saveProject);
export const saveBuildingCallable = callable(saveBuildingContract, saveBuilding);
export const saveUnitCallable = callable(saveUnitContract, saveUnit);
export const importUnitsCallable = callable(importUnitsContract, importUnits);
export const changePricesCallable = callable(changePricesContract, changePrices);
export const removeUnitLayoutCallable = callable(removeUnitLayoutContract, (deps, caller, input) =>
  removeUnitLayout({ ...deps, files: bucketFileStore() }, caller, input),
);
