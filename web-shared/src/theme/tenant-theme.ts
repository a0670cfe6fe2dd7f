import { BRAND_SHADE, DEFAULT_BRANDING, type Branding } from '@estate/domain';
import { createTheme, type MantineColorShade, type MantineThemeOverride } from '@mantine/core';
import { generatePalette } from './brand-palette';

/** What each app's look adds to the tenant's colours: its fonts, heading weight, component defaults. */
export type AppLook = Pick<MantineThemeOverride, 'fontFamily' | 'headings' | 'autoContrast' | 'components'>;

/** Mantine theme of a tenant (the product's colours without one): `brand` primary, `accent` secondary. */
export function tenantTheme(branding: Branding | null, look: AppLook): MantineThemeOverride {
  const { primaryColor, accentColor } = branding ?? DEFAULT_BRANDING;
  return createTheme({
    primaryColor: 'brand',
    primaryShade: BRAND_SHADE as MantineColorShade,
    defaultRadius: 'md',
    colors: {
      brand: generatePalette(primaryColor),
      accent: generatePalette(accentColor, DEFAULT_BRANDING.accentColor),
    },
    ...look,
  });
}
