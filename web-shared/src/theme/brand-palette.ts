import { brandPalette, DEFAULT_BRANDING, parseHex } from '@estate/domain';
import type { MantineColorsTuple } from '@mantine/core';

/** The tenant's ten shades, typed for Mantine; an invalid colour falls back. */
export function generatePalette(hex: string, fallback = DEFAULT_BRANDING.primaryColor): MantineColorsTuple {
  return brandPalette(parseHex(hex) ? hex : fallback) as unknown as MantineColorsTuple;
}
