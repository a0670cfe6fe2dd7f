import { TenantMark } from '@estate/web-shared/tenant-logo';
import { Group, Text } from '@mantine/core';

interface TenantLogoProps {
  name: string;
  logoDataUrl: string | null;
  size?: number;
  withName?: boolean;
}

/** The agency's mark, followed by its name. */
export function TenantLogo({ name, logoDataUrl, size = 36, withName = true }: TenantLogoProps) {
  return (
    <Group gap="sm" wrap="nowrap">
      <TenantMark name={name} logoDataUrl={logoDataUrl} size={size} radius="sm" logoFit="square" decorative />
      {withName ? (
        <Text fw={700} size="lg" truncate="end" maw={260}>
          {name}
        </Text>
      ) : null}
    </Group>
  );
}
