import { brandPalette } from '@estate/domain';
import type { MantineColorsTuple } from '@mantine/core';

export { isDarkColour } from '@estate/domain';

/** The tenant's ten shades (shared with the client app), typed for Mantine. */
export function generatePalette(hex: string): MantineColorsTuple {
  return brandPalette(hex) as unknown as MantineColorsTuple;
}
