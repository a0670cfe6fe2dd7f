import type { AppLook } from '@estate/web-shared/theme';

/** The client app's type and contrast on top of the tenant's colours. */
export const CLIENT_LOOK: AppLook = {
  autoContrast: true,
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
};
