import {
  changePricesContract,
  importUnitsContract,
  saveBuildingContract,
  saveProjectContract,
  saveUnitContract,
  type CallableContract,
} from '@estate/domain';
import type { TFunction } from 'i18next';
import { call, refusalOf } from '../../../lib/firebase/callables';
import { describeError } from '../../../ui/auth-error';

export const saveProject = (input: Parameters<typeof call<typeof saveProjectContract>>[1]) =>
  call(saveProjectContract, input);
export const saveBuilding = (input: Parameters<typeof call<typeof saveBuildingContract>>[1]) =>
  call(saveBuildingContract, input);
export const saveUnit = (input: Parameters<typeof call<typeof saveUnitContract>>[1]) => call(saveUnitContract, input);
export const importUnits = (input: Parameters<typeof call<typeof importUnitsContract>>[1]) =>
  call(importUnitsContract, input);
export const changePrices = (input: Parameters<typeof call<typeof changePricesContract>>[1]) =>
  call(changePricesContract, input);

/** A refusal of the projects functions in the user's language, with what it says beyond its reason. */
export function describeProjectsError(t: TFunction, contract: CallableContract, error: unknown): string {
  const refused = refusalOf(contract, error);
  if (refused?.reason) {
    const text = t(`projects.refusal.${refused.reason}`, { defaultValue: '', ...refused.details });
    if (text) return text;
  }
  return describeError(t, error);
}
