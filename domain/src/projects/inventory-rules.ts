import { z } from 'zod';
import type { Role } from '../team/roles';
import type { Building } from './project.schema';
import type { Unit, UnitInput, UnitStatus } from './unit.schema';

/** Owner, admin and managers edit the inventory; agents read it. */
export function isInventoryEditor(role: Role | null | undefined): boolean {
  return role === 'owner' || role === 'admin' || role === 'manager';
}

/** The statuses staff set by hand; the others follow reservations and paid offers. */
export const STAFF_UNIT_STATUSES = ['free', 'notForSale'] as const satisfies readonly UnitStatus[];

export function isStaffUnitStatus(status: UnitStatus): boolean {
  return (STAFF_UNIT_STATUSES as readonly UnitStatus[]).includes(status);
}

/** Staff move a unit between free and not for sale, and only while nobody holds it. */
export function canStaffSetStatus(current: Pick<Unit, 'status' | 'hold'> | null, next: UnitStatus): boolean {
  if (!current) return isStaffUnitStatus(next);
  if (current.status === next) return true;
  return current.hold === null && isStaffUnitStatus(current.status) && isStaffUnitStatus(next);
}

/** Why a unit's place does not fit its building, or null when it does. */
export type PlaceProblem = 'section-unknown' | 'floor-out-of-range' | 'position-out-of-range';

export function placeProblem(
  building: Pick<Building, 'sections'>,
  unit: Pick<UnitInput, 'section' | 'floor' | 'position'>,
): PlaceProblem | null {
  const section = building.sections.find((candidate) => candidate.name === unit.section);
  if (!section) return 'section-unknown';
  // Floors below ground (parking, storage) are negative; there is no floor 0.
  if (unit.floor === 0 || unit.floor > section.floors) return 'floor-out-of-range';
  if (unit.position > section.positionsPerFloor) return 'position-out-of-range';
  return null;
}

/** `section/floor/position`: one unit per place of a building. */
export function placeKey(unit: Pick<UnitInput, 'section' | 'floor' | 'position'>): string {
  return `${unit.section}/${unit.floor}/${unit.position}`;
}

/** A bulk price change: a percentage (−90 % to +200 %) or an amount added to each price. */
export const priceChangeSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('percent'),
    value: z
      .number({ message: 'a number' })
      .min(-90, { message: 'at least -90' })
      .max(200, { message: 'at most 200' })
      .refine((value) => value !== 0, { message: 'not 0' }),
  }),
  z.object({
    mode: z.literal('amount'),
    value: z
      .number({ message: 'a number' })
      .int({ message: 'a whole amount' })
      .min(-1_000_000_000)
      .max(1_000_000_000)
      .refine((value) => value !== 0, { message: 'not 0' }),
  }),
]);
export type PriceChange = z.infer<typeof priceChangeSchema>;

/** The new price, a whole amount; null when the change would make it negative. */
export function applyPriceChange(price: number, change: PriceChange): number | null {
  const next = change.mode === 'percent' ? Math.round((price * (100 + change.value)) / 100) : price + change.value;
  return next < 0 ? null : next;
}
