import { TenantMark } from '@estate/web-shared/tenant-logo';
import { useTenant } from '../tenant/tenant.context';

/** The agency's logo, or its initial on its colour until it uploads one. */
export function TenantLogo({ size = 40 }: { size?: number }) {
  const { domain } = useTenant();
  return (
    <TenantMark
      name={domain.name}
      logoDataUrl={domain.branding.logoDataUrl}
      size={size}
      radius="md"
      logoFit="natural"
      decorative={false}
    />
  );
}
