import { Avatar, Image, type MantineRadius } from '@mantine/core';

interface TenantMarkProps {
  name: string;
  logoDataUrl: string | null;
  size: number;
  radius: MantineRadius;
  /** `square` fits the logo in a square box; `natural` keeps its width for the height given. */
  logoFit: 'square' | 'natural';
  /** The name is written beside the mark, so the initial is not read out again. */
  decorative: boolean;
}

/** The agency's logo, or its initial on the primary colour until it uploads one. */
export function TenantMark({ name, logoDataUrl, size, radius, logoFit, decorative }: TenantMarkProps) {
  if (logoDataUrl && logoFit === 'natural') {
    return <Image src={logoDataUrl} alt={name} h={size} w="auto" fit="contain" data-testid="tenant-logo" />;
  }
  if (logoDataUrl) {
    return (
      <Avatar
        src={logoDataUrl}
        alt={name}
        size={size}
        radius={radius}
        styles={{ image: { objectFit: 'contain' } }}
        data-testid="tenant-logo"
      />
    );
  }
  return (
    <Avatar
      color="brand"
      variant="filled"
      size={size}
      radius={radius}
      aria-hidden={decorative || undefined}
      aria-label={decorative ? undefined : name}
      data-testid="tenant-logo"
    >
      {(name.trim()[0] ?? '?').toUpperCase()}
    </Avatar>
  );
}
