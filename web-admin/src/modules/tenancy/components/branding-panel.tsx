import { DEFAULT_BRANDING, type Tenant } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, ColorInput, FileButton, Grid, Group, Image, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { saveTenantBranding } from '../data/tenant.repository';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { TenantLogo } from '../../../ui/tenant-logo';
import { brandingFormSchema, type BrandingFormInput, type BrandingFormOutput } from '../forms/settings.form';
import { resizeLogo } from '../forms/resize-logo';
import { BrandingPreview } from './branding-preview';

const SWATCHES = [
  '#1c7ed6',
  '#0b7285',
  '#2f9e44',
  '#5f3dc4',
  '#c2255c',
  '#e8590c',
  '#f08c00',
  '#343a40',
  '#862e9c',
  '#1864ab',
];

export function BrandingPanel({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const [logoError, setLogoError] = useState<string | null>(null);
  const [processing, setProcessing] = useState(false);
  const form = useForm<BrandingFormInput, unknown, BrandingFormOutput>({
    resolver: zodResolver(brandingFormSchema),
    defaultValues: tenant.branding,
  });
  const values = useWatch({ control: form.control }) as BrandingFormInput;
  const errors = form.formState.errors;
  const dirty = form.formState.isDirty;
  const valid = /^#[0-9a-fA-F]{6}$/;
  const preview = {
    primaryColor: valid.test(values.primaryColor ?? '') ? values.primaryColor : tenant.branding.primaryColor,
    accentColor: valid.test(values.accentColor ?? '') ? values.accentColor : tenant.branding.accentColor,
    logoDataUrl: values.logoDataUrl ?? null,
  };

  useEffect(() => {
    if (!form.formState.isDirty) form.reset(tenant.branding);
  }, [tenant.branding, form]);

  const pickLogo = async (file: File | null) => {
    if (!file) return;
    setLogoError(null);
    setProcessing(true);
    const result = await resizeLogo(file);
    setProcessing(false);
    if (result.ok) form.setValue('logoDataUrl', result.dataUrl, { shouldDirty: true });
    else setLogoError(t(result.reason === 'too-large' ? 'settings.logoTooLarge' : 'settings.logoNotImage'));
  };

  const submit = form.handleSubmit(async (branding) => {
    try {
      await saveTenantBranding(tenant.id, branding);
      form.reset(branding);
      notifySuccess(t('settings.brandingSaved'));
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
            <Stack gap="md">
              <Controller
                control={form.control}
                name="primaryColor"
                render={({ field }) => (
                  <ColorInput
                    label={t('settings.primaryColor')}
                    description={t('settings.primaryColorHint')}
                    format="hex"
                    swatches={SWATCHES}
                    swatchesPerRow={10}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldError(t, errors.primaryColor?.message)}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="accentColor"
                render={({ field }) => (
                  <ColorInput
                    label={t('settings.accentColor')}
                    description={t('settings.accentColorHint')}
                    format="hex"
                    swatches={SWATCHES}
                    swatchesPerRow={10}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldError(t, errors.accentColor?.message)}
                  />
                )}
              />
              <div>
                <Text fw={500} size="sm">
                  {t('settings.logo')}
                </Text>
                <Text size="xs" c="dimmed" mb="xs">
                  {t('settings.logoHint')}
                </Text>
                <Group gap="md">
                  {preview.logoDataUrl ? (
                    <Image
                      src={preview.logoDataUrl}
                      alt={t('settings.logo')}
                      w={64}
                      h={64}
                      fit="contain"
                      radius="sm"
                      bg="gray.1"
                    />
                  ) : (
                    <TenantLogo name={tenant.name} logoDataUrl={null} size={64} withName={false} />
                  )}
                  <FileButton
                    onChange={(file) => void pickLogo(file)}
                    accept="image/png,image/jpeg,image/webp,image/gif,image/svg+xml"
                  >
                    {(props) => (
                      <Button {...props} variant="light" leftSection={<IconPhotoUp size={16} />} loading={processing}>
                        {t('settings.uploadLogo')}
                      </Button>
                    )}
                  </FileButton>
                  {preview.logoDataUrl ? (
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={16} />}
                      onClick={() => form.setValue('logoDataUrl', null, { shouldDirty: true })}
                    >
                      {t('settings.removeLogo')}
                    </Button>
                  ) : null}
                </Group>
                {logoError ? (
                  <Alert color="red" mt="sm" role="alert">
                    {logoError}
                  </Alert>
                ) : null}
              </div>
              <Group justify="space-between" mt="sm">
                <Button
                  variant="subtle"
                  color="gray"
                  onClick={() => {
                    form.setValue('primaryColor', DEFAULT_BRANDING.primaryColor, { shouldDirty: true });
                    form.setValue('accentColor', DEFAULT_BRANDING.accentColor, { shouldDirty: true });
                  }}
                >
                  {t('settings.defaultColours')}
                </Button>
                <Group gap="sm">
                  <Button variant="default" disabled={!dirty} onClick={() => form.reset(tenant.branding)}>
                    {t('common.reset')}
                  </Button>
                  <Button type="submit" disabled={!dirty} loading={form.formState.isSubmitting}>
                    {t('common.save')}
                  </Button>
                </Group>
              </Group>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Text fw={600} mb="xs">
            {t('settings.preview.title')}
          </Text>
          <BrandingPreview name={tenant.name} branding={preview as BrandingFormOutput} />
        </Grid.Col>
      </Grid>
    </form>
  );
}
