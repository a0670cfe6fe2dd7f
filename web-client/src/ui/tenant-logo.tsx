import { Avatar, Image } from '@mantine/core';
import { useTenant } from '../tenant/tenant.context';

/** The agency's logo, or its initial on its colour until it uploads one. */
export function TenantLogo({ size = 40 }: { size?: number }) {
  const { domain } = useTenant();
  if (domain.branding.logoDataUrl) {
    return (
      <Image
        src={domain.branding.logoDataUrl}
        alt={domain.name}
        h={size}
        w="auto"
        fit="contain"
        data-testid="tenant-logo"
      />
    );
  }
  return (
    <Avatar size={size} radius="md" color="brand" variant="filled" aria-label={domain.name} data-testid="tenant-logo">
      {domain.name.trim().charAt(0).toUpperCase()}
    </Avatar>
  );
}
