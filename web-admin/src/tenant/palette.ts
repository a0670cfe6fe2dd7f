import type { MantineColorsTuple } from '@mantine/core';

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function mix(color: Rgb, target: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((index) => color[index]! + (target[index]! - color[index]!) * amount) as Rgb;
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** How far each shade moves toward white (0–5) or black (7–9); shade 6 is the tenant's colour itself. */
const TINTS = [0.92, 0.82, 0.68, 0.52, 0.36, 0.18] as const;
const SHADES = [0.14, 0.28, 0.42] as const;

/**
 * The ten shades Mantine expects for a colour, lightest first. The chosen colour sits at index 6,
 * Mantine's default filled shade, so buttons show exactly the colour the agency picked.
 */
export function generatePalette(hex: string): MantineColorsTuple {
  const base = parseHex(hex);
  const light = TINTS.map((amount) => toHex(mix(base, WHITE, amount)));
  const dark = SHADES.map((amount) => toHex(mix(base, BLACK, amount)));
  return [...light, toHex(base), ...dark] as unknown as MantineColorsTuple;
}

/** Relative luminance (WCAG) to pick readable text on a coloured background. */
export function isDarkColour(hex: string): boolean {
  const linear = parseHex(hex).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  return luminance < 0.45;
}
