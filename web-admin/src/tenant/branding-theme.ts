import type { Branding } from '@estate/domain';
import { createTheme, type MantineThemeOverride } from '@mantine/core';
import { generatePalette } from './palette';

/** Mantine theme of a tenant: `brand` is the primary palette, `accent` the secondary one. */
export function createBrandTheme(branding: Branding): MantineThemeOverride {
  return createTheme({
    primaryColor: 'brand',
    primaryShade: 6,
    colors: {
      brand: generatePalette(branding.primaryColor),
      accent: generatePalette(branding.accentColor),
    },
    defaultRadius: 'md',
    fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    headings: { fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', fontWeight: '650' },
    components: {
      Button: { defaultProps: { fw: 600 } },
    },
  });
}
