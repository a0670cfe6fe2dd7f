import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalTenant } from '../../../tenant/use-optional-tenant';
import { CenteredCard } from '../../../ui/centered-card';
import { TenantLogo } from '../../../ui/tenant-logo';
import { LanguageSwitch } from '../../account';

interface PublicFrameProps {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  width?: number;
}

/** Public screens carry the agency's branding when the host is known, and a language switch. */
export function PublicFrame({ title, subtitle, children, width }: PublicFrameProps) {
  const tenant = useOptionalTenant();
  const { t } = useTranslation();
  const header = tenant ? (
    <TenantLogo name={tenant.name} logoDataUrl={tenant.branding.logoDataUrl} size={48} />
  ) : (
    <Text fw={700} size="lg">
      {t('app.productName')}
    </Text>
  );
  return (
    <CenteredCard header={header} title={title} subtitle={subtitle} width={width}>
      {children}
      <Group justify="flex-end" mt="xs">
        <LanguageSwitch size="xs" />
      </Group>
    </CenteredCard>
  );
}
