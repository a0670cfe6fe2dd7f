import type { MantineColorsTuple } from '@mantine/core';

interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** How much white (positive) or black (negative) each of Mantine's ten shades mixes into the tenant colour. */
const SHADE_MIX = [0.93, 0.84, 0.7, 0.54, 0.36, 0.18, 0, -0.14, -0.28, -0.42] as const;

/** The tenant colour sits at shade 6, Mantine's default primary shade, so buttons show it exactly. */
export const BRAND_SHADE = 6;

export function parseHex(hex: string): Rgb | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return null;
  const value = Number.parseInt(match[1], 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function mix(color: Rgb, amount: number): Rgb {
  const target = amount >= 0 ? 255 : 0;
  const weight = Math.abs(amount);
  return {
    r: color.r + (target - color.r) * weight,
    g: color.g + (target - color.g) * weight,
    b: color.b + (target - color.b) * weight,
  };
}

/** Ten shades, lightest first, from one `#rrggbb` colour; an invalid colour falls back to `fallback`. */
export function generatePalette(hex: string, fallback = '#1c7ed6'): MantineColorsTuple {
  const base = parseHex(hex) ?? parseHex(fallback) ?? { r: 28, g: 126, b: 214 };
  const shades = SHADE_MIX.map((amount) => toHex(mix(base, amount)));
  return shades as unknown as MantineColorsTuple;
}
