import type { Building } from '../projects/project.schema';
import type { Unit } from '../projects/unit.schema';

type UnitPlace = Pick<Unit, 'section' | 'floor' | 'position'>;

interface ChessboardSection {
  name: string;
  floors: number;
  positions: number;
}

/** The chessboard of a building: its rows of floors (top floor first), and each place's unit. */
export interface ChessboardLayout<U extends UnitPlace = Unit> {
  sections: ChessboardSection[];
  /** Every floor of the building, top first; floors below ground (negative) last, where units stand. */
  floors: number[];
  unitAt: (section: string, floor: number, position: number) => U | undefined;
}

const placeOf = (section: string, floor: number, position: number) => `${section}\u0000${floor}\u0000${position}`;

/** Lays a building's units (staff's units or the public catalogue's) out by section, floor and position. */
export function chessboardLayout<U extends UnitPlace>(
  building: Pick<Building, 'sections'>,
  units: readonly U[],
): ChessboardLayout<U> {
  const byPlace = new Map<string, U>();
  let lowest = 1;
  for (const unit of units) {
    byPlace.set(placeOf(unit.section, unit.floor, unit.position), unit);
    if (unit.floor < lowest) lowest = unit.floor;
  }
  const top = Math.max(1, ...building.sections.map((section) => section.floors));
  const floors: number[] = [];
  for (let floor = top; floor >= lowest; floor -= 1) if (floor !== 0) floors.push(floor);
  return {
    sections: building.sections.map((section) => ({
      name: section.name,
      floors: section.floors,
      positions: section.positionsPerFloor,
    })),
    floors,
    unitAt: (section, floor, position) => byPlace.get(placeOf(section, floor, position)),
  };
}
