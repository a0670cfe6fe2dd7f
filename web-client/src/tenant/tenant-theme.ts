import type { Branding } from '@estate/domain';
import { createTheme, type MantineThemeOverride } from '@mantine/core';
import { BRAND_SHADE, generatePalette } from './palette';

export function tenantTheme(branding: Branding | null): MantineThemeOverride {
  return createTheme({
    primaryColor: 'brand',
    primaryShade: BRAND_SHADE as 6,
    autoContrast: true,
    defaultRadius: 'md',
    fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    headings: { fontWeight: '700' },
    colors: {
      brand: generatePalette(branding?.primaryColor ?? '#1c7ed6'),
      accent: generatePalette(branding?.accentColor ?? '#f08c00', '#f08c00'),
    },
  });
}
