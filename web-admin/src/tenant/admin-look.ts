import type { AppLook } from '@estate/web-shared/theme';

const FONT_FAMILY = 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The admin app's type on top of the tenant's colours. */
export const ADMIN_LOOK: AppLook = {
  fontFamily: FONT_FAMILY,
  headings: { fontFamily: FONT_FAMILY, fontWeight: '650' },
  components: {
    Button: { defaultProps: { fw: 600 } },
  },
};
