/** A colour as red, green and blue channels, 0–255. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The tenant colour sits at shade 6, the UI kit's default filled shade, so buttons show it exactly. */
export const BRAND_SHADE = 6;

/** How much white (positive) or black (negative) each of the ten shades mixes into the tenant colour. */
const SHADE_MIX = [0.92, 0.82, 0.68, 0.52, 0.36, 0.18, 0, -0.14, -0.28, -0.42] as const;

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

/**
 * The ten shades both apps theme themselves with, lightest first, from a tenant's `#rrggbb` colour:
 * one function, so the admin and client apps of an agency show the very same colours.
 */
export function brandPalette(hex: string): string[] {
  const base = parseHex(hex);
  if (!base) throw new Error(`not a #rrggbb colour: ${hex}`);
  return SHADE_MIX.map((amount) => toHex(mix(base, amount)));
}

/** Relative luminance (WCAG), to pick readable text on a coloured background. */
export function isDarkColour(hex: string): boolean {
  const rgb = parseHex(hex);
  if (!rgb) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [rgb.r, rgb.g, rgb.b].map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45;
}
