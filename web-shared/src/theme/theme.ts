export { generatePalette } from './brand-palette';
export { tenantTheme, type AppLook } from './tenant-theme';
