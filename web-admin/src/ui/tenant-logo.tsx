import { Avatar, Group, Text } from '@mantine/core';

interface TenantLogoProps {
  name: string;
  logoDataUrl: string | null;
  size?: number;
  withName?: boolean;
}

/** The agency's logo, or its initial on the primary colour until it uploads one. */
export function TenantLogo({ name, logoDataUrl, size = 36, withName = true }: TenantLogoProps) {
  return (
    <Group gap="sm" wrap="nowrap" data-testid="tenant-logo">
      {logoDataUrl ? (
        <Avatar src={logoDataUrl} alt={name} size={size} radius="sm" styles={{ image: { objectFit: 'contain' } }} />
      ) : (
        <Avatar color="brand" variant="filled" size={size} radius="sm" aria-hidden>
          {(name.trim()[0] ?? '?').toUpperCase()}
        </Avatar>
      )}
      {withName ? (
        <Text fw={700} size="lg" truncate="end" maw={260}>
          {name}
        </Text>
      ) : null}
    </Group>
  );
}
